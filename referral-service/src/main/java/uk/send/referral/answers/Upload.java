package uk.send.referral.answers;

import java.nio.file.Path;

/** A file as it arrived with an answer: the name the sender gave it, where it was written, and its size. */
public record Upload(String fileName, Path file, long sizeBytes) {
}
