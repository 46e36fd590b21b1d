package uk.send.transition.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import uk.send.contracts.ClinicalService;
import uk.send.transition.calendar.SchoolCalendar;

/** When a children's service ends and hand-over planning starts (NICE NG43). */
class ChildrensServiceEndTest {

    private static final ChildrensServiceEnd CAMHS_AT_18 = ChildrensServiceEnd.of(ClinicalService.CAMHS, "18",
            Optional.of(ClinicalService.ADULT_MENTAL_HEALTH));

    @Test
    void aServiceEndingAt18HandsOverOnTheBirthdayAndPlansSixMonthsBefore() {
        SchoolCalendar born = SchoolCalendar.forChild(LocalDate.of(2009, 5, 20));

        assertThat(CAMHS_AT_18.transferOn(born)).isEqualTo("2027-05-20");
        assertThat(CAMHS_AT_18.planningFrom(born, 6)).isEqualTo("2026-11-20");
    }

    @Test
    void aLeapDayBirthHandsOverOnTheFirstOfMarchInACommonYear() {
        assertThat(CAMHS_AT_18.transferOn(SchoolCalendar.forChild(LocalDate.of(2008, 2, 29))))
                .isEqualTo("2026-03-01");
    }

    @Test
    void aServiceEndingOnLeavingSchoolHandsOverAfterYear13() {
        ChildrensServiceEnd paediatrics = ChildrensServiceEnd.of(ClinicalService.COMMUNITY_PAEDIATRICS,
                "leaving-school", Optional.empty());

        assertThat(paediatrics.transferOn(SchoolCalendar.forChild(LocalDate.of(2009, 8, 31)))).isEqualTo("2027-09-01");
        assertThat(paediatrics.transferOn(SchoolCalendar.forChild(LocalDate.of(2009, 9, 1)))).isEqualTo("2028-09-01");
        assertThat(paediatrics.adultService()).isEmpty();
    }

    @Test
    void aConfigurationThatMakesNoSenseIsRefusedAtStartUp() {
        assertThatThrownBy(() -> ChildrensServiceEnd.of(ClinicalService.CAMHS, "eighteen", Optional.empty()))
                .hasMessageContaining("leaving-school");
        assertThatThrownBy(() -> ChildrensServiceEnd.of(ClinicalService.CAMHS, "12", Optional.empty()))
                .hasMessageContaining("between 16 and 25");
        assertThatThrownBy(() -> ChildrensServiceEnd.of(ClinicalService.CAMHS, "18",
                Optional.of(ClinicalService.PHYSIOTHERAPY))).hasMessageContaining("not an adult service");
    }
}
