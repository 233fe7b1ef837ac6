package io.commerceresolver.policy.infrastructure;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.type.TypeReference;

import io.commerceresolver.policy.Decision;
import io.commerceresolver.policy.Decisions;
import io.commerceresolver.system.StoredJson;

@Component
class DecisionsDatabase implements Decisions {

    private static final int ROWS_PER_INSERT = 500;

    private final DecisionMapper mapper;
    private final StoredJson json;

    DecisionsDatabase(DecisionMapper mapper, StoredJson json) {
        this.mapper = mapper;
        this.json = json;
    }

    @Override
    public void save(Decision d) {
        mapper.insert(row(d));
    }

    /** 500 rows to a statement. */
    @Override
    public void saveAll(List<Decision> decisions) {
        List<DecisionMapper.DecisionRow> rows = decisions.stream().map(this::row).toList();
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            mapper.insertAll(rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT)));
        }
    }

    private DecisionMapper.DecisionRow row(Decision d) {
        return new DecisionMapper.DecisionRow(d.id(), d.tenantId(), d.subject(), json.write(d.input()), d.playbook(), d.tier(),
                d.allowed(), d.approvalRequired(), d.approverRole(), json.write(d.reasons()), json.write(d.firedRules()), d.rulesVersion(),
                d.ts());
    }

    @Override
    public Optional<Decision> findById(String tenantId, String decisionId) {
        return mapper.findById(tenantId, decisionId).map(this::decision);
    }

    @Override
    public Map<String, Decision> findByIds(String tenantId, Collection<String> decisionIds) {
        if (decisionIds.isEmpty()) {
            return Map.of();
        }
        return mapper.findByIds(tenantId, List.copyOf(new LinkedHashSet<>(decisionIds))).stream().map(this::decision)
                .collect(Collectors.toMap(Decision::id, Function.identity()));
    }

    private Decision decision(DecisionMapper.DecisionRow r) {
        return new Decision(r.id(), r.tenantId(), r.subject(),
                json.read(r.input(), new TypeReference<Map<String, Object>>() { }), r.playbook(), r.tier(), r.allowed(),
                r.approvalRequired(), r.approverRole(), json.read(r.reasons(), new TypeReference<List<String>>() { }),
                json.read(r.firedRules(), new TypeReference<List<String>>() { }), r.rulesVersion(), r.ts());
    }
}
