Feature: Refund requests in customer tickets
  A customer writes in asking for money back on an order. The resolver reads the ticket, the store's
  rules decide whether the refund may be paid straight away or needs an approver, and the refund
  playbook pays it, checks the store shows it, and tells the customer. Every step is on the record.

  The store used here has an auto-refund limit of 100.00 USD. Its orders include:
    | order | customer              | total  | status    |
    | 1001  | ann@example.com       | 120.00 | delivered |
    | 1002  | ravi.kumar@example.in | 640.00 | delivered |

  Background:
    Given a store whose auto-refund limit is 100.00

  Scenario: A refund within the limit, asked for by the order's own customer, is paid at once
    When "ann@example.com" writes "The mug in order #1001 arrived broken. Please refund $49.99."
    Then the ticket is resolved
    And order "1001" shows 49.99 refunded
    And "ann@example.com" is told "We have refunded 49.99 USD for order 1001"
    And the refund was allowed by the rule "A refund within the auto-refund limit, asked for by the order's own customer inside the refund window, is approved automatically"

  Scenario Outline: The limit itself is still paid at once; a cent more needs an approver
    When "ravi.kumar@example.in" writes "Please refund <amount> USD for order 1002, it arrived damaged"
    Then the ticket <outcome>

    Examples:
      | amount | outcome                             |
      | 100.00 | is resolved                         |
      | 100.01 | waits for approval by an "approver" |

  Scenario: A refund above the limit waits for an approver, and is paid once approved
    When "ravi.kumar@example.in" writes "Order 1002 arrived damaged. Please refund $250.00"
    Then the ticket waits for approval by an "approver"
    And order "1002" shows 0.00 refunded
    When "lead@store.example" approves the refund
    Then the ticket is resolved
    And order "1002" shows 250.00 refunded

  Scenario: A refund the approver rejects is declined and nothing is paid
    When "ravi.kumar@example.in" writes "Refund $300 for order 1002 please"
    And "lead@store.example" rejects the refund because "Outside the return window"
    Then the ticket is declined
    And order "1002" shows 0.00 refunded
    And "ravi.kumar@example.in" is told "We could not refund order 1002 automatically"

  Scenario: Someone other than the order's customer asking needs an approver, whatever the amount
    When "someone.else@example.com" writes "Please refund $10 for order 1001"
    Then the ticket waits for approval by an "approver"

  Scenario: More than is left to refund on the order is declined
    When "ann@example.com" writes "Please refund $500 for order 1001"
    Then the ticket is declined
    And order "1001" shows 0.00 refunded

  Scenario: A ticket that names no order goes to a person
    When "ann@example.com" writes "I want my money back for the broken mug"
    Then the ticket needs a person
