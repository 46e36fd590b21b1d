package uk.send.launcher;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/** The README's run command: starts the platform, prints where everything is, and stops it all on Ctrl-C. */
public final class RunPlatform {

    private RunPlatform() {
    }

    public static void main(String[] args) throws Exception {
        PlatformSettings settings = PlatformSettings.fromEnvironment(Path.of("").toAbsolutePath());
        Platform platform = Platform.start(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            platform.close();
            stopped.countDown();
        }, "platform-stop"));
        String demoData;
        try {
            demoData = DemoData.loadOnce(settings);
        } catch (RuntimeException e) {
            demoData = "Demo data could not be loaded (" + e.getMessage() + "); it is tried again at the next start";
        }
        printWelcome(platform);
        System.out.println(demoData);
        stopped.await();
    }

    private static void printWelcome(Platform platform) {
        PlatformSettings settings = platform.settings();
        System.out.println();
        System.out.println("The SEND platform is running. Ctrl-C stops everything it started; data is kept in "
                + settings.home());
        System.out.println();
        platform.addresses().forEach(address -> System.out.println("  " + address));
        System.out.println("  Logs            " + settings.home().resolve("logs"));
        System.out.println();
        System.out.println("  The portal      http://localhost:" + settings.servicePorts().get("triage-service")
                + "/portal  (sign in as clinician.salt)");
        System.out.println("  Family page     http://localhost:" + settings.servicePorts().get("referral-service")
                + "/family/referrals  (sign in as parent.oakfield: each referral with its messages)");
        System.out.println();
        System.out.println("Demo users (password: demo):");
        System.out.println("  senco.oakfield (school 100001), senco.riverside (school 100002),");
        System.out.println("  clinician.salt, clinician.camhs, clinician.paeds, clinician.nd, caseworker, leader, operator,");
        System.out.println("  parent.oakfield (linked to a demo child by its invitation), parent.riverside (linked to none)");
        System.out.println();
        System.out.println("A token for a demo user:");
        System.out.println("  curl -s -d client_id=send-cli -d grant_type=password -d username=senco.oakfield "
                + "-d password=demo \\");
        System.out.println("    " + settings.issuer() + "/protocol/openid-connect/token | jq -r .access_token");
    }
}
