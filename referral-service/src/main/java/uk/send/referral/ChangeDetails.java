package uk.send.referral;

import java.util.List;
import java.util.UUID;

import uk.send.contracts.referral.SupportOffer;

/**
 * What a status change tells the school and family beyond the status: the question for the school, the waiting-list
 * place and the support offered while waiting, where to get help instead after a decline, or the files the school
 * sent with its answer.
 */
public record ChangeDetails(
        String question,
        Integer waitingListPosition,
        Integer estimatedWaitWeeks,
        List<SupportOffer> supportOffers,
        List<String> signposting,
        Boolean schoolAnswer,
        List<AttachedFile> attachments) {

    /** A file the school sent with an answer, stored with the referral: what it is, never what it says. */
    public record AttachedFile(UUID id, String fileName, String mediaType, long sizeBytes) {
    }

    public static ChangeDetails none() {
        return new ChangeDetails(null, null, null, null, null, null, null);
    }

    public static ChangeDetails question(String question) {
        return new ChangeDetails(question, null, null, null, null, null, null);
    }

    public static ChangeDetails signposting(List<String> signposting) {
        return new ChangeDetails(null, null, null, null, signposting, null, null);
    }

    public static ChangeDetails waitingList(Integer position, Integer estimatedWeeks, List<SupportOffer> offers) {
        return new ChangeDetails(null, position, estimatedWeeks, offers, null, null, null);
    }

    /** The school's answer to a question, with the files it sent. */
    public static ChangeDetails schoolAnswer(List<AttachedFile> files) {
        return new ChangeDetails(null, null, null, null, null, true, files.isEmpty() ? null : List.copyOf(files));
    }

    public boolean isSchoolAnswer() {
        return Boolean.TRUE.equals(schoolAnswer);
    }
}
