package uk.send.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import uk.send.referral.family.InvitationCode;

class InvitationCodeTest {

    @Test
    void aCodeIsTwoGroupsOfFourWithoutCharactersPeopleConfuse() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = InvitationCode.generate();
            assertThat(code).matches("[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}");
            seen.add(code);
        }
        assertThat(seen).as("codes do not repeat").hasSize(1000);
    }

    @Test
    void aCodeIsReadHoweverItIsTyped() {
        assertThat(InvitationCode.normalise(" k7qd m2xp ")).contains("K7QD-M2XP");
        assertThat(InvitationCode.normalise("K7QDM2XP")).contains("K7QD-M2XP");
        assertThat(InvitationCode.normalise("K7QD-M2X")).isEmpty();
        assertThat(InvitationCode.normalise("K7QD-M2X0")).as("0 is never in a code").isEmpty();
        assertThat(InvitationCode.normalise(null)).isEmpty();
    }

    @Test
    void onlyTheHashIsStoredAndItDependsOnTheWholeCode() {
        assertThat(InvitationCode.hash("K7QD-M2XP")).hasSize(64).isNotEqualTo(InvitationCode.hash("K7QD-M2XQ"));
    }
}
