package uk.send.referral.api;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A referral carried over from the partnership's previous system: the referral as a school would send it, the day it
 * was first received (so the child keeps their place and their wait), and its reference in the old system, which
 * makes a repeated migration run harmless.
 */
public record MigrateReferralRequest(
        @NotNull @Valid SubmitReferralRequest referral,
        @NotNull @Past Instant receivedAt,
        @NotBlank @Size(max = 100) String previousReference) {

    /** Waiting lists are not older than this; an older date is a typing error, not a long wait. */
    static final int OLDEST_YEARS = 3;

    @JsonIgnore
    @AssertTrue(message = "must be within " + OLDEST_YEARS + " years")
    public boolean isReceivedAtRecent() {
        return receivedAt == null || receivedAt.isAfter(Instant.now().minus(OLDEST_YEARS * 366L, ChronoUnit.DAYS));
    }
}
