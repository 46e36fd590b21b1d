package uk.send.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceJvmTest {

    private static final ServiceJvm JAVA_25 = new ServiceJvm(Path.of("/jdk25/bin/java"), 25);
    private static final ServiceJvm JAVA_17 = new ServiceJvm(Path.of("/jdk17/bin/java"), 17);

    @TempDir
    Path folder;
    private Path application;
    private Path classData;

    @BeforeEach
    void built() throws Exception {
        application = Files.createDirectories(folder.resolve("quarkus-app"));
        classData = Files.createDirectories(folder.resolve("class-data"));
        Path jar = Files.writeString(application.resolve("quarkus-run.jar"), "built");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(60)));
    }

    @Test
    void theFirstStartAfterABuildRecordsTheCacheAndLaterStartsMapIt() throws Exception {
        ServiceJvm.Start first = JAVA_25.start("referral-service", application, classData, true);
        assertThat(first.recording()).isTrue();
        assertThat(first.command()).startsWith("/jdk25/bin/java").containsSequence(ServiceJvm.MEMORY)
                .contains("-XX:AOTCacheOutput=" + classData.resolve("referral-service.aot"))
                .endsWith("-jar", "quarkus-run.jar");

        Files.writeString(classData.resolve("referral-service.aot"), "written at the stop");
        ServiceJvm.Start later = JAVA_25.start("referral-service", application, classData, true);
        assertThat(later.recording()).isFalse();
        assertThat(later.command()).contains("-XX:AOTCache=" + classData.resolve("referral-service.aot"))
                .noneMatch(option -> option.startsWith("-XX:AOTCacheOutput"));
    }

    @Test
    void aCacheOlderThanTheBuildIsRecordedAgain() throws Exception {
        Path cache = Files.writeString(classData.resolve("triage-service.aot"), "of an earlier build");
        Files.setLastModifiedTime(cache, FileTime.from(Instant.now().minusSeconds(3600)));

        ServiceJvm.Start start = JAVA_25.start("triage-service", application, classData, true);

        assertThat(start.recording()).isTrue();
        assertThat(start.command()).contains("-XX:AOTCacheOutput=" + cache);
        assertThat(cache).doesNotExist();
    }

    @Test
    void aFurtherInstanceNeverRecordsForTwoWouldWriteOneFile() throws Exception {
        ServiceJvm.Start second = JAVA_25.start("notification-service", application, classData, false);

        assertThat(second.recording()).isFalse();
        assertThat(second.command()).noneMatch(option -> option.startsWith("-XX:AOTCache"));
    }

    @Test
    void beforeJava25TheClassDataArchiveIsUsedAndTheOtherKindRemoved() throws Exception {
        Path leftByJava25 = Files.writeString(classData.resolve("transition-service.aot"), "of the other JDK");

        ServiceJvm.Start first = JAVA_17.start("transition-service", application, classData, true);

        assertThat(first.recording()).isTrue();
        assertThat(first.command()).contains("-XX:ArchiveClassesAtExit=" + classData.resolve("transition-service.jsa"))
                .doesNotContain("-XX:+UseCompactObjectHeaders");
        assertThat(leftByJava25).doesNotExist();
    }

    @Test
    void aJdksVersionIsReadFromItsReleaseFile() throws Exception {
        Path jdk = Files.createDirectories(folder.resolve("temurin-25"));
        Files.writeString(jdk.resolve("release"), "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"25.0.3\"\n");

        assertThat(Jdks.majorVersion(jdk)).contains(25);
        assertThat(Jdks.majorVersion(folder.resolve("no-such-jdk"))).isEmpty();
    }
}
