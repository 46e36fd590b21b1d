package uk.send.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Gives each service its user on the local broker, with the ACLs of its {@code KafkaUser} in
 * {@code deploy/base/kafka/users.yaml}: the local platform, and every system test run on it, works under production's
 * permissions, so a service that needs one more is found here first.
 */
final class KafkaAccess {

    /** One service's user and what it may do. */
    record User(String name, List<AclBinding> acls) {
    }

    private KafkaAccess() {
    }

    static List<User> fromDeploy(Path repository) throws Exception {
        return from(repository.resolve("deploy/base/kafka/users.yaml"));
    }

    /** The users of a file of Strimzi {@code KafkaUser} documents. */
    static List<User> from(Path kafkaUsers) throws Exception {
        List<User> users = new ArrayList<>();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (MappingIterator<JsonNode> documents = yaml.readerFor(JsonNode.class).readValues(kafkaUsers.toFile())) {
            while (documents.hasNext()) {
                JsonNode user = documents.next();
                if (!"KafkaUser".equals(user.path("kind").asText())) {
                    continue;
                }
                String name = user.path("metadata").path("name").asText();
                List<AclBinding> acls = new ArrayList<>();
                for (JsonNode acl : user.path("spec").path("authorization").path("acls")) {
                    JsonNode resource = acl.path("resource");
                    ResourcePattern pattern = new ResourcePattern(
                            ResourceType.fromString(resource.path("type").asText().toUpperCase(Locale.ROOT)),
                            resource.path("name").asText(),
                            PatternType.fromString(resource.path("patternType").asText("literal")
                                    .toUpperCase(Locale.ROOT)));
                    for (JsonNode operation : acl.path("operations")) {
                        acls.add(new AclBinding(pattern, new AccessControlEntry("User:" + name, "*",
                                AclOperation.fromString(operation.asText().toUpperCase(Locale.ROOT)),
                                AclPermissionType.ALLOW)));
                    }
                }
                users.add(new User(name, acls));
            }
        }
        if (users.isEmpty()) {
            throw new IllegalStateException(kafkaUsers + " names no KafkaUser");
        }
        return users;
    }

    /** Creates (or resets) each user's password and grants its ACLs; both are idempotent. */
    static void grant(Admin admin, List<User> users, UnaryOperator<String> passwordOf) throws Exception {
        List<UserScramCredentialAlteration> passwords = new ArrayList<>();
        List<AclBinding> acls = new ArrayList<>();
        for (User user : users) {
            passwords.add(new UserScramCredentialUpsertion(user.name(),
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096), passwordOf.apply(user.name())));
            acls.addAll(user.acls());
        }
        admin.alterUserScramCredentials(passwords).all().get(10, TimeUnit.SECONDS);
        admin.createAcls(acls).all().get(10, TimeUnit.SECONDS);
    }
}
