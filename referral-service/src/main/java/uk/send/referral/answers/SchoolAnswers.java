package uk.send.referral.answers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import uk.send.referral.ChangeDetails;
import uk.send.referral.Referral;
import uk.send.referral.ReferralNotFound;
import uk.send.referral.Referrals;

/**
 * A school's answer to a clinician's question, with its files. Every file is checked (size, and kind by content)
 * before anything is written, so a refused file leaves nothing behind; then, in one transaction, the files are stored
 * with the referral, the answer goes on its timeline and the referral returns to triage.
 */
@ApplicationScoped
public class SchoolAnswers {

    /** A file read and checked, ready to store. */
    private record Checked(UUID id, String fileName, AttachmentKind kind, byte[] content, String sha256) {
    }

    /** A stored file, for reading back. */
    public record StoredFile(String fileName, String mediaType, byte[] content) {
    }

    private final Referrals referrals;
    private final EntityManager entityManager;

    SchoolAnswers(Referrals referrals, EntityManager entityManager) {
        this.referrals = referrals;
        this.entityManager = entityManager;
    }

    @Transactional
    public Referral answer(UUID referralId, Predicate<Referral> mayAnswer, String answer, List<Upload> uploads,
            String by) {
        List<Checked> files = uploads.stream().map(SchoolAnswers::check).toList();
        Referral referral = referrals.locked(referralId).filter(mayAnswer).orElseThrow(ReferralNotFound::new);
        Instant now = Instant.now();
        List<ChangeDetails.AttachedFile> attached = new ArrayList<>();
        for (Checked file : files) {
            entityManager.createNativeQuery("""
                    INSERT INTO referral_attachment (id, referral_id, file_name, media_type, size_bytes, sha256,
                                                     content, uploaded_by, uploaded_at)
                    VALUES (:id, :referral, :name, :type, :size, :sha, :content, :by, :at)""")
                    .setParameter("id", file.id()).setParameter("referral", referralId)
                    .setParameter("name", file.fileName()).setParameter("type", file.kind().mediaType())
                    .setParameter("size", file.content().length).setParameter("sha", file.sha256())
                    .setParameter("content", file.content()).setParameter("by", by).setParameter("at", now)
                    .executeUpdate();
            attached.add(new ChangeDetails.AttachedFile(file.id(), file.fileName(), file.kind().mediaType(),
                    file.content().length));
        }
        referrals.answer(referral, answer, attached, by, now);
        return referral;
    }

    /** A file of a referral the caller may read; empty if there is no such file on it. */
    @Transactional
    public Optional<StoredFile> file(UUID referralId, UUID fileId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT file_name, media_type, content FROM referral_attachment
                WHERE id = :id AND referral_id = :referral""")
                .setParameter("id", fileId).setParameter("referral", referralId).getResultList();
        return rows.stream().findFirst().map(row -> new StoredFile((String) row[0], (String) row[1], (byte[]) row[2]));
    }

    private static Checked check(Upload upload) {
        String name = safeName(upload.fileName());
        if (upload.sizeBytes() > AttachmentKind.MOST_BYTES) {
            throw AttachmentRefused.tooLarge(name);
        }
        byte[] content;
        try (InputStream in = Files.newInputStream(upload.file())) {
            content = in.readNBytes((int) AttachmentKind.MOST_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (content.length > AttachmentKind.MOST_BYTES) {
            throw AttachmentRefused.tooLarge(name);
        }
        byte[] head = Arrays.copyOf(content, Math.min(content.length, AttachmentKind.SIGNATURE_BYTES));
        AttachmentKind kind = AttachmentKind.of(head).orElseThrow(() -> AttachmentRefused.notAllowed(name));
        String stored = name.toLowerCase(Locale.UK).endsWith("." + kind.extension()) ? name
                : name + "." + kind.extension();
        return new Checked(UUID.randomUUID(), stored, kind, content, sha256(content));
    }

    /**
     * The name a file is stored and offered under: its last path segment, letters, digits, spaces, dots, dashes and
     * underscores only, at most 100 characters; "attachment" when nothing is left.
     */
    static String safeName(String given) {
        String base = given == null ? "" : given.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9 ._-]", "_").strip();
        base = base.replaceAll("^\\.+", "");
        if (base.length() > 100) {
            base = base.substring(base.length() - 100);
        }
        return base.isEmpty() ? "attachment" : base;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
