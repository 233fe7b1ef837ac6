package io.commerceresolver.marketplace.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import io.commerceresolver.marketplace.DeadLetter;
import io.commerceresolver.marketplace.MarketplaceEvent;
import io.commerceresolver.marketplace.StoreFact;

@Mapper
public interface MarketplaceMapper {

    int insertEventIfAbsent(@Param("event") MarketplaceEvent event);

    Optional<MarketplaceEvent> findEvent(@Param("tenantId") String tenantId, @Param("id") String id);

    Optional<MarketplaceEvent> findByDelivery(@Param("tenantId") String tenantId, @Param("platform") String platform,
                                              @Param("deliveryId") String deliveryId);

    void settle(@Param("tenantId") String tenantId, @Param("id") String id, @Param("status") MarketplaceEvent.Status status,
                @Param("outcome") String outcome, @Param("at") Instant at);

    void finish(@Param("tenantId") String tenantId, @Param("id") String id, @Param("status") MarketplaceEvent.Status status,
                @Param("outcome") String outcome, @Param("at") Instant at);

    List<MarketplaceEvent> page(@Param("tenantId") String tenantId, @Param("limit") int limit, @Param("afterId") String afterId);

    void insertDeadLetter(@Param("letter") DeadLetter letter);

    Optional<DeadLetter> findDeadLetter(@Param("tenantId") String tenantId, @Param("id") String id);

    List<DeadLetter> openDeadLetters(@Param("tenantId") String tenantId, @Param("limit") int limit);

    int markReplayed(@Param("tenantId") String tenantId, @Param("id") String id, @Param("by") String by, @Param("at") Instant at);

    int updateFactIfNotNewer(@Param("fact") StoreFact fact);

    int insertFactIfAbsent(@Param("fact") StoreFact fact);

    Optional<StoreFact> findFact(@Param("tenantId") String tenantId, @Param("platform") String platform, @Param("kind") String kind,
                                 @Param("ref") String ref);

    List<StoreFact> listFacts(@Param("tenantId") String tenantId, @Param("kind") String kind, @Param("limit") int limit);
}
