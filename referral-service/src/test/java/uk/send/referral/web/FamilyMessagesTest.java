package uk.send.referral.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A notice's text keeps its layout on the family page: paragraphs, and lists where lines began with a dash. */
class FamilyMessagesTest {

    @Test
    void paragraphsListsAndALeadLineBeforeAListAreKeptApart() {
        String body = """
                Dear Ada,

                The team has accepted the referral.

                - Priority: routine
                - Place on the waiting list: 3

                While you wait, you can use:
                - Drop-in: fortnightly at the family hub
                If anything changes, tell the school.
                """;

        assertThat(FamilyMessages.blocks(body)).containsExactly(
                new FamilyMessages.Block(List.of("Dear Ada,"), false),
                new FamilyMessages.Block(List.of("The team has accepted the referral."), false),
                new FamilyMessages.Block(List.of("Priority: routine", "Place on the waiting list: 3"), true),
                new FamilyMessages.Block(List.of("While you wait, you can use:"), false),
                new FamilyMessages.Block(List.of("Drop-in: fortnightly at the family hub"), true),
                new FamilyMessages.Block(List.of("If anything changes, tell the school."), false));
    }
}
