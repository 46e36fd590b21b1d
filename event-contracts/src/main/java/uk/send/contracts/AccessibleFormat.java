package uk.send.contracts;

public enum AccessibleFormat {
    NONE,
    LARGE_PRINT,
    BRAILLE,
    EASY_READ
}
