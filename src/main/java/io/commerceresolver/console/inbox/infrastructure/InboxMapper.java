package io.commerceresolver.console.inbox.infrastructure;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import io.commerceresolver.console.inbox.InboxTickets;

@Mapper
public interface InboxMapper {

    /** At most one of email, orderId and likes (words) is set; with words, scanFrom bounds the tickets read. */
    List<InboxTickets.TicketLine> newest(@Param("tenantId") String tenantId, @Param("statuses") Collection<String> statuses,
                                         @Param("assignee") String assignee, @Param("email") String email,
                                         @Param("emailLower") String emailLower, @Param("orderId") String orderId,
                                         @Param("likes") List<String> likes, @Param("beforeAt") Instant beforeAt,
                                         @Param("beforeId") String beforeId, @Param("scanFrom") Instant scanFrom,
                                         @Param("limit") int limit);

    Instant scanStart(@Param("tenantId") String tenantId, @Param("statuses") Collection<String> statuses, @Param("assignee") String assignee,
                      @Param("email") String email, @Param("emailLower") String emailLower, @Param("orderId") String orderId,
                      @Param("beforeAt") Instant beforeAt, @Param("beforeId") String beforeId, @Param("skip") int skip);

    /** One row per tab: its name and how many tickets it holds, up to cap. */
    List<TabCount> counts(@Param("tenantId") String tenantId, @Param("tabs") List<TabFilter> tabs, @Param("cap") int cap);

    record TabFilter(String name, List<String> statuses, String assignee) {
    }

    record TabCount(String tab, long tickets) {
    }

    List<InboxTickets.ReplyMail> replies(@Param("tenantId") String tenantId, @Param("from") String from, @Param("to") String to);

    /** decider null: every waiting approval. */
    List<InboxTickets.PendingApproval> waiting(@Param("tenantId") String tenantId, @Param("decider") InboxTickets.Decider decider,
                                               @Param("after") String after, @Param("limit") int limit);

    long waitingCount(@Param("tenantId") String tenantId, @Param("decider") InboxTickets.Decider decider, @Param("cap") int cap);

    List<InboxTickets.DecidedApproval> recentlyDecided(@Param("tenantId") String tenantId, @Param("limit") int limit);
}
