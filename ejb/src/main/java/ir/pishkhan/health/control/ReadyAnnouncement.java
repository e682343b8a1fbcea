package ir.pishkhan.health.control;

import ir.pishkhan.shared.config.Setting;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Logger;

/**
 * Tells the person who started the server where to open the application, once the schema is
 * migrated, the first accounts exist and the scheduler runs. It sits in {@code health}, at the
 * top of the contexts, so the start-up beans it waits for are all below it: a bean names only
 * beans at or below its own level, never one above (nor one of a test or demo overlay).
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigrations", "AccountSeeding", "QuartzScheduler"})
public class ReadyAnnouncement {

    private static final Logger LOG = Logger.getLogger(ReadyAnnouncement.class.getName());

    @PostConstruct
    void announce() {
        LOG.info(() -> "Pishkhan is ready at " + url());
    }

    /** Where people open the application: the configured public URL, or this server's own port. */
    public static String url() {
        int port = Integer.getInteger("jboss.http.port", 8080) + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return Setting.PUBLIC_URL.optionalText().orElse("http://localhost:" + port + "/pishkhan/");
    }
}
