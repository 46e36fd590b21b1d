package uk.send.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NhsNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "9434765919", // NHS Digital's published example: 943 476 5919
            "4010232137",
            "1000000060", // a weighted sum divisible by 11 gives check digit 0
            "9999999999"})
    void acceptsNumbersWithTheRightCheckDigit(String number) {
        assertThat(NhsNumber.isValid(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "9434765918", // wrong check digit
            "9434765910",
            "943476591", // nine digits
            "94347659190", // eleven digits
            "943 476 5919", // spaces are a display format, not the identifier
            "94347659A9",
            "1000000010", // the weighted sum leaves a check digit of 10: never issued
            "1000000011",
            ""})
    void refusesEverythingElse(String number) {
        assertThat(NhsNumber.isValid(number)).isFalse();
    }
}
