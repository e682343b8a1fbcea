package ir.pishkhan.rollout.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * One-time passwords of imported accounts that have neither a mobile number nor an e-mail address
 * ({@code import_secret}): kept only until the importing administrator reads them, once — reading
 * deletes them in the same transaction, so they are shown a single time.
 */
@Dependent
@Transactional(Transactional.TxType.MANDATORY)
public class ImportSecrets {

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    /** A one-time password to hand over: the account's username and display name, and the password. */
    public record Secret(String username, String displayName, String password) implements java.io.Serializable {
    }

    /** Keeps the password of an account the import created (a chunk written again keeps the first). */
    public void keep(long importId, String username, String password) {
        em.createNativeQuery("INSERT IGNORE INTO import_secret (import_id, username, one_time_password) VALUES (?, ?, ?)")
                .setParameter(1, importId).setParameter(2, username).setParameter(3, password).executeUpdate();
    }

    /** How many passwords wait to be read. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long waiting(long importId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM import_secret WHERE import_id = ?")
                .setParameter(1, importId).getSingleResult()).longValue();
    }

    /** The waiting passwords, by username, and forgets them: they are never shown again. */
    public List<Secret> take(long importId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT s.username, u.display_name, s.one_time_password"
                        + " FROM import_secret s LEFT JOIN user_account u ON u.username = s.username"
                        + " WHERE s.import_id = ? ORDER BY s.username FOR UPDATE")
                .setParameter(1, importId).getResultList();
        List<Secret> secrets = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            secrets.add(new Secret((String) r[0], r[1] == null ? (String) r[0] : (String) r[1], (String) r[2]));
        }
        em.createNativeQuery("DELETE FROM import_secret WHERE import_id = ?").setParameter(1, importId).executeUpdate();
        return secrets;
    }
}
