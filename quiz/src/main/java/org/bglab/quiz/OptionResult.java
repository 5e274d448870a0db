package org.bglab.quiz;

/**
 * What running one option of a check showed.
 *
 * @param letter the option
 * @param meetsCondition whether it met the question's condition
 * @param evidence what it did, measured, in a few words (e.g. {@code 1000 to blue, 0 failed})
 */
public record OptionResult(String letter, boolean meetsCondition, String evidence) {}
