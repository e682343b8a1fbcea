package ir.pishkhan.workinggroup.entity;

import ir.pishkhan.violation.entity.Outcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One member's vote on one report (رأی عضو). A member may change it until the decision. */
@Entity
@Table(name = "wg_vote")
@IdClass(Vote.Key.class)
public class Vote implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** Report and member: a member has one vote per report. */
    public static class Key implements Serializable {
        private Long reportId;
        private String username;

        public Key() {
        }

        public Key(Long reportId, String username) {
            this.reportId = reportId;
            this.username = username;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(reportId, k.reportId) && Objects.equals(username, k.username);
        }

        @Override
        public int hashCode() {
            return Objects.hash(reportId, username);
        }
    }

    @Id
    @Column(name = "report_id")
    private Long reportId;

    @Id
    @Column(length = 64)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Outcome vote;

    @Column(name = "suspension_days")
    private Integer suspensionDays;

    @Column(name = "cast_at", nullable = false)
    private Instant castAt;

    protected Vote() {
    }

    public Vote(long reportId, String username, Outcome vote, Integer suspensionDays, Instant now) {
        this.reportId = reportId;
        this.username = username;
        change(vote, suspensionDays, now);
    }

    public void change(Outcome vote, Integer suspensionDays, Instant now) {
        this.vote = vote;
        this.suspensionDays = vote == Outcome.SUSPENSION ? suspensionDays : null;
        this.castAt = now;
    }

    public Long getReportId() { return reportId; }
    public String getUsername() { return username; }
    public Outcome getVote() { return vote; }
    public Integer getSuspensionDays() { return suspensionDays; }
    public Instant getCastAt() { return castAt; }
}
