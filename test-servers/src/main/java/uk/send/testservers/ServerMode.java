package uk.send.testservers;

/**
 * Where the test JVM's PostgreSQL and Kafka run: embedded (from Maven artifacts, in or beside the JVM; the default) or,
 * with {@code -Dtest.servers=containers}, as containers of the images built here (containers/postgres,
 * containers/kafka) started through Testcontainers. The same tests run either way.
 */
enum ServerMode {
    EMBEDDED, CONTAINERS;

    static ServerMode current() {
        return "containers".equals(System.getProperty("test.servers")) ? CONTAINERS : EMBEDDED;
    }
}
