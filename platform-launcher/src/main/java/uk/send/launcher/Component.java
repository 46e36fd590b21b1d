package uk.send.launcher;

/** One server of the local platform. */
public interface Component {

    String name();

    void start() throws Exception;

    void stop();

    /** One line telling a person where to find it. */
    String address();
}
