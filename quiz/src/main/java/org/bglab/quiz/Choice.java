package org.bglab.quiz;

/**
 * One answer option of a {@link MultipleChoice} question.
 *
 * @param letter its letter, {@code A}, {@code B}, ... in the order shown
 * @param text what the student reads
 * @param explanation why it is right, or what goes wrong if you act on it (a lesson calls it
 *     the option's feedback)
 */
public record Choice(String letter, String text, String explanation) {}
