Feature: Goodwill for a customer's trouble
  A customer whose order went wrong may ask for a discount. The store does not bargain: the credit is its goodwill share
  of the order (10 % unless the store sets its own "goodwillShare"), paid back on the order, whatever sum the ticket
  names. Up to the auto-goodwill limit (10.00, "maxAutoGoodwill") the order's own customer gets it at once; above it an
  approver agrees first. An order's goodwill credits never add up to more than the goodwill limit (100.00,
  "maxGoodwill"), and a cancelled order gets none. The run reads the order back and tells the customer only once the
  store shows the credit.

  Background:
    Given a store whose auto-refund limit is 100

  Scenario: A small credit, asked for by the order's own customer, is given at once
    When "maria.garcia@example.com" writes "My order 1003 is so late. Could I get a discount for the trouble?"
    Then the ticket was read as discount_request
    And the ticket is resolved
    And order "1003" shows a goodwill credit of 8.95
    And "maria.garcia@example.com" is told "As a goodwill gesture we have credited 8.95 USD"
    And the goodwill credit was allowed by the rule "A goodwill credit within the auto-goodwill limit, asked for by the order's own customer, is approved automatically"

  Scenario: The credit is the store's share of the order, not the sum the customer names
    When "maria.garcia@example.com" writes "Order 1003 is late. Could I get a discount for the trouble, say $50?"
    Then the ticket is resolved
    And order "1003" shows a goodwill credit of 8.95

  Scenario: A larger credit waits for an approver, and is given once approved
    When "ann@example.com" writes "Order 1001 came a week late. Could I get a discount for the trouble?"
    Then the ticket waits for approval by an "approver"
    And order "1001" shows no goodwill credit
    When "lead@store.example" approves the goodwill credit
    Then the ticket is resolved
    And order "1001" shows a goodwill credit of 12.00
    And "ann@example.com" is told "we have credited 12.00 USD"

  Scenario: A credit the approver rejects is declined and nothing is given
    When "ann@example.com" writes "Order 1001 came a week late. Could I get a discount for the trouble?"
    And "lead@store.example" rejects the goodwill credit because "The carrier already compensated the delay"
    Then the ticket is declined
    And order "1001" shows no goodwill credit
    And "ann@example.com" is told "The carrier already compensated the delay"

  Scenario: A credit past the store's goodwill limit is declined, and the customer told why
    Given a store whose goodwill limit is 5.00
    When "maria.garcia@example.com" writes "My order 1003 is so late. Could I get a discount for the trouble?"
    Then the ticket is declined
    And the playbook was stopped by the rule "A goodwill credit that takes the order's goodwill past the tenant's goodwill limit is denied"
    And order "1003" shows no goodwill credit
    And "maria.garcia@example.com" is told "more than the goodwill limit of 5.00"

  Scenario: A cancelled order gets no goodwill
    When "sofia.rossi@example.com" writes "About order 1010: could I get a discount for the trouble?"
    Then the ticket is declined
    And the playbook was stopped by the rule "A goodwill credit of nothing, or on a cancelled order, is denied"
    And order "1010" shows no goodwill credit

  Scenario: Someone other than the order's customer needs an approver, whatever the sum
    When "someone.else@example.com" writes "My order 1003 is so late. Could I get a discount for the trouble?"
    Then the ticket waits for approval by an "approver"

  Scenario: A request for a discount that names no order goes to a person
    When "ann@example.com" writes "Do you have any coupon codes right now? About to order the earbuds."
    Then the ticket needs a person
