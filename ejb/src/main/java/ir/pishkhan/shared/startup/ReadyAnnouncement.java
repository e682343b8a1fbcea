package ir.pishkhan.shared.startup;

import ir.pishkhan.shared.config.Setting;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Logger;

/**
 * Tells the person who started the server where to open the application, once the schema is
 * migrated and the first accounts exist.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigrations", "AccountSeeding"})
public class ReadyAnnouncement {

    private static final Logger LOG = Logger.getLogger(ReadyAnnouncement.class.getName());

    @PostConstruct
    void announce() {
        int port = Integer.getInteger("jboss.http.port", 8080) + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        String url = Setting.PUBLIC_URL.optionalText().orElse("http://localhost:" + port + "/pishkhan/");
        LOG.info(() -> "Pishkhan is ready at " + url);
    }
}
