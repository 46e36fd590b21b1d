package uk.send.outbox;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jboss.logging.Logger;

/**
 * Runs a pass of work on one thread of its own when woken (after a commit that left work behind) and at a fixed poll
 * interval (for work left by other instances, retries falling due and passes that failed). Passes never overlap; wakes
 * while a pass waits to start count once, and a wake during a pass runs another pass after it, so work committed
 * during a pass is not left for the next poll. A failing pass is logged by its kind and the poll carries on.
 */
public final class WakeAndPoll implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(WakeAndPoll.class);

    private final String name;
    private final Runnable pass;
    private final ScheduledExecutorService thread;
    private final AtomicBoolean wakeQueued = new AtomicBoolean();

    private WakeAndPoll(String name, Runnable pass) {
        this.name = name;
        this.pass = pass;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, name));
    }

    /** Starts polling at once and then every {@code interval} after each pass ends. */
    public static WakeAndPoll start(String name, Duration interval, Runnable pass) {
        WakeAndPoll loop = new WakeAndPoll(name, pass);
        loop.thread.scheduleWithFixedDelay(loop::runPass, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return loop;
    }

    /** Asks for a pass as soon as the thread is free. */
    public void wake() {
        if (wakeQueued.compareAndSet(false, true)) {
            try {
                thread.execute(this::runPass);
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                // Shutting down: the next start's first poll finds the work.
            }
        }
    }

    private void runPass() {
        wakeQueued.set(false);
        try {
            pass.run();
        } catch (RuntimeException e) {
            // Never the payload (nothing personal is logged): the database or the broker is away.
            LOG.warnf("%s paused until the next poll: %s", name, e.getClass().getSimpleName());
        }
    }

    /** Lets a running pass finish, for up to ten seconds, and stops. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
