package io.commerceresolver.console.workbench.infrastructure;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.dao.DuplicateKeyException;

import com.fasterxml.jackson.core.type.TypeReference;

import io.commerceresolver.console.workbench.RuleDraft;
import io.commerceresolver.console.workbench.RuleDrafts;
import io.commerceresolver.policy.RuleSetProblem;
import io.commerceresolver.system.StoredJson;
import io.commerceresolver.system.Transactions;

/**
 * Candidates in the rule_draft table (V25, revision V29), one row per tenant; every write is conditional on the revision.
 * A candidate done with is marked ended (V30), not deleted, so the next one's revisions go on from its last.
 */
class RuleDraftsDatabase implements RuleDrafts {

    private final RuleDraftMapper mapper;
    private final StoredJson json;
    private final Transactions transactions;

    RuleDraftsDatabase(RuleDraftMapper mapper, StoredJson json, Transactions transactions) {
        this.mapper = mapper;
        this.json = json;
        this.transactions = transactions;
    }

    @Override
    public Optional<RuleDraft> find(String tenantId) {
        return mapper.find(tenantId).map(row -> new RuleDraft(row.tenantId(), row.basedOn(),
                json.read(row.ruleFiles(), new TypeReference<TreeMap<String, String>>() { }),
                json.read(row.featureFiles(), new TypeReference<TreeMap<String, String>>() { }), row.version(),
                json.read(row.problems(), new TypeReference<List<RuleSetProblem>>() { }), row.updatedBy(), row.updatedAt(),
                row.revision()));
    }

    @Override
    public boolean create(RuleDraft draft) {
        try {
            return transactions.inTransaction(() -> mapper.reopen(row(draft)) == 1 || mapper.insertIfAbsent(row(draft)) == 1);
        } catch (DuplicateKeyException startedAtTheSameMoment) {
            // two inserts that both saw no row: the primary key lets one in
            return false;
        }
    }

    @Override
    public boolean replace(RuleDraft draft) {
        return transactions.inTransaction(() -> mapper.update(row(draft))) == 1;
    }

    @Override
    public boolean delete(String tenantId, long revision) {
        return transactions.inTransaction(() -> mapper.end(tenantId, revision)) == 1;
    }

    private RuleDraftMapper.DraftRow row(RuleDraft draft) {
        return new RuleDraftMapper.DraftRow(draft.tenantId(), draft.basedOn(), json.write(draft.ruleFiles()),
                json.write(draft.featureFiles()), draft.version(), json.write(draft.problems()), draft.updatedBy(), draft.updatedAt(),
                draft.revision());
    }
}
