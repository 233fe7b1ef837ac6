package io.commerceresolver.privacy.infrastructure;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Selects records not purged yet, of the tenant, older than a cutoff or of one customer (lower-cased e-mail), and
 * rewrites them. Every statement is scoped by tenant.
 */
@Mapper
public interface PersonalRecordsMapper {

    record Row(String recordKey, String email, String text) {
    }

    List<Row> events(@Param("tenantId") String tenantId, @Param("cutoff") Instant cutoff, @Param("email") String email, @Param("limit") int limit);

    List<Row> toolRequests(@Param("tenantId") String tenantId, @Param("cutoff") Instant cutoff, @Param("email") String email, @Param("limit") int limit);

    List<Row> toolResponses(@Param("tenantId") String tenantId, @Param("cutoff") Instant cutoff, @Param("email") String email, @Param("limit") int limit);

    List<Row> decisions(@Param("tenantId") String tenantId, @Param("cutoff") Instant cutoff, @Param("email") String email, @Param("limit") int limit);

    List<Row> runPlans(@Param("tenantId") String tenantId, @Param("cutoff") Instant cutoff, @Param("email") String email, @Param("limit") int limit);

    List<Row> runResults(@Param("tenantId") String tenantId, @Param("cutoff") Instant cutoff, @Param("email") String email, @Param("limit") int limit);

    List<Row> approvals(@Param("tenantId") String tenantId, @Param("cutoff") Instant cutoff, @Param("email") String email, @Param("limit") int limit);

    List<Row> mails(@Param("tenantId") String tenantId, @Param("cutoff") Instant cutoff, @Param("email") String email, @Param("limit") int limit);

    List<Row> marketplaceEvents(@Param("tenantId") String tenantId, @Param("cutoff") Instant cutoff, @Param("email") String email,
                                @Param("emailPattern") String emailPattern, @Param("limit") int limit);

    List<Row> storeFacts(@Param("tenantId") String tenantId, @Param("cutoff") Instant cutoff, @Param("email") String email,
                         @Param("emailPattern") String emailPattern, @Param("limit") int limit);

    List<Row> threadMails(@Param("tenantId") String tenantId, @Param("cutoff") Instant cutoff, @Param("email") String email, @Param("limit") int limit);

    List<Row> refusedMails(@Param("tenantId") String tenantId, @Param("cutoff") Instant cutoff, @Param("email") String email, @Param("limit") int limit);

    List<Row> tickets(@Param("tenantId") String tenantId, @Param("cutoff") Instant cutoff, @Param("email") String email, @Param("limit") int limit);

    void rewriteEvent(@Param("tenantId") String tenantId, @Param("key") String key, @Param("text") String text);

    void rewriteToolRequest(@Param("tenantId") String tenantId, @Param("key") String key, @Param("text") String text);

    void rewriteToolResponse(@Param("tenantId") String tenantId, @Param("key") String key, @Param("text") String text);

    void rewriteDecision(@Param("tenantId") String tenantId, @Param("key") String key, @Param("text") String text);

    void rewriteRunPlan(@Param("tenantId") String tenantId, @Param("key") String key, @Param("text") String text);

    void rewriteRunResult(@Param("tenantId") String tenantId, @Param("key") String key, @Param("text") String text);

    void rewriteApproval(@Param("tenantId") String tenantId, @Param("key") String key, @Param("emailHash") String emailHash,
                         @Param("text") String text);

    void rewriteMail(@Param("tenantId") String tenantId, @Param("key") String key, @Param("emailHash") String emailHash);

    void rewriteMarketplaceEvent(@Param("tenantId") String tenantId, @Param("key") String key);

    void rewriteStoreFact(@Param("tenantId") String tenantId, @Param("key") String key, @Param("text") String text,
                          @Param("original") String original);

    void rewriteThreadMail(@Param("tenantId") String tenantId, @Param("key") String key, @Param("emailHash") String emailHash);

    void rewriteRefusedMail(@Param("tenantId") String tenantId, @Param("key") String key, @Param("emailHash") String emailHash);

    void rewriteTicket(@Param("tenantId") String tenantId, @Param("key") String key, @Param("emailHash") String emailHash);
}
