package org.bglab.quiz;

/**
 * One answer option of a question.
 *
 * @param letter its letter, {@code A}, {@code B}, ... in the order shown
 * @param text what the student reads
 * @param explanation why it is right, or what goes wrong if you act on it
 */
public record Choice(String letter, String text, String explanation) {}
