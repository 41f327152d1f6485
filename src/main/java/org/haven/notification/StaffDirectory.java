package org.haven.notification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import javax.sql.DataSource;

/**
 * Staff as their tokens last described them. Haven has no user store of its own: the identity
 * provider knows who is a manager of which team, and Haven learns it when each person calls it
 * (see {@link StaffSeenFilter}). Someone who never signed in is not in the directory: they see their
 * notifications when they first do, but cannot be e-mailed before.
 */
@ApplicationScoped
class StaffDirectory {

    /** One member of staff, as last seen. */
    record Member(String subject, String displayName, String email, Set<String> roles, Set<String> teams) {
    }

    private final EntityManager em;
    private final DataSource dataSource;

    StaffDirectory(EntityManager em, DataSource dataSource) {
        this.em = em;
        this.dataSource = dataSource;
    }

    /** Records what the token said, in its own short statement (autocommit), outside any business transaction. */
    void note(Member member, Instant now) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement upsert = connection.prepareStatement("""
                        insert into staff_member (subject, display_name, email, roles, teams, seen_at)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (subject) do update set display_name = excluded.display_name,
                            email = excluded.email, roles = excluded.roles, teams = excluded.teams,
                            seen_at = excluded.seen_at""")) {
            upsert.setString(1, member.subject());
            upsert.setString(2, member.displayName());
            upsert.setString(3, member.email());
            upsert.setArray(4, connection.createArrayOf("text", member.roles().stream().sorted().toArray()));
            upsert.setArray(5, connection.createArrayOf("text", member.teams().stream().sorted().toArray()));
            upsert.setTimestamp(6, Timestamp.from(now));
            upsert.executeUpdate();
        }
    }

    /** Everyone who holds one of {@code roles} in {@code team}, by subject. */
    @SuppressWarnings("unchecked")
    List<String> holdersOf(String team, Collection<String> roles) {
        if (team == null || roles.isEmpty()) {
            return List.of();
        }
        return em.createNativeQuery("""
                select subject from staff_member
                where ?1 = any(teams) and exists (select 1 from unnest(roles) r where r in (?2))
                order by subject""", String.class)
                .setParameter(1, team).setParameter(2, roles).getResultList();
    }

    /** The e-mail addresses known for these people (absent: unknown or none in their token). */
    @SuppressWarnings("unchecked")
    Map<String, String> emailsOf(Collection<String> subjects) {
        Map<String, String> emails = new HashMap<>();
        if (subjects.isEmpty()) {
            return emails;
        }
        List<Object[]> rows = em.createNativeQuery(
                "select subject, email from staff_member where subject in (?1) and email is not null")
                .setParameter(1, subjects).getResultList();
        rows.forEach(row -> emails.put((String) row[0], (String) row[1]));
        return emails;
    }
}
