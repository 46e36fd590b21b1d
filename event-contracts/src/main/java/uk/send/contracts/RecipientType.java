package uk.send.contracts;

public enum RecipientType {
    SCHOOL,
    FAMILY,
    CASEWORKER
}
