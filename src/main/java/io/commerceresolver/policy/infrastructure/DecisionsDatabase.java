package io.commerceresolver.policy.infrastructure;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.commerceresolver.policy.Decision;
import io.commerceresolver.policy.Decisions;

@Component
class DecisionsDatabase implements Decisions {

    private final DecisionMapper mapper;
    private final ObjectMapper json;

    DecisionsDatabase(DecisionMapper mapper, ObjectMapper json) {
        this.mapper = mapper;
        this.json = json;
    }

    @Override
    public void save(Decision d) {
        mapper.insert(new DecisionMapper.DecisionRow(d.id(), d.tenantId(), d.subject(), write(d.input()), d.playbook(), d.tier(),
                d.allowed(), d.approvalRequired(), d.approverRole(), write(d.reasons()), write(d.firedRules()), d.rulesVersion(),
                d.ts()));
    }

    @Override
    public Optional<Decision> findById(String tenantId, String decisionId) {
        return mapper.findById(tenantId, decisionId).map(r -> new Decision(r.id(), r.tenantId(), r.subject(),
                read(r.input(), new TypeReference<Map<String, Object>>() { }), r.playbook(), r.tier(), r.allowed(),
                r.approvalRequired(), r.approverRole(), read(r.reasons(), new TypeReference<List<String>>() { }),
                read(r.firedRules(), new TypeReference<List<String>>() { }), r.rulesVersion(), r.ts()));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Decision parts are plain maps and lists and always serialise", e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored decision is not the JSON it was written as", e);
        }
    }
}
