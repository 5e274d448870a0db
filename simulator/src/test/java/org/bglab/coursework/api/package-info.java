/**
 * The promises of the library API that a course programs against (names, sizes, validation,
 * counts between steps), checked one by one. Not handed out to students: {@code bglab coursework
 * init} copies only the exercise and example packages.
 */
package org.bglab.coursework.api;
