Feature: Cancellations
  A customer may cancel an order that has not left the warehouse. The store returns what was paid with the
  cancellation, and the run reads the order back to see both before it tells the customer. A cancellation writes to
  one order, so an approver agrees to it first. An order that has shipped is not cancelled, and the customer is told
  why.

  Background:
    Given a store whose auto-refund limit is 100

  Scenario: A processing order is cancelled and its payment returned once an approver agrees
    When "maria.garcia@example.com" writes "Please cancel my order #1003, I ordered the wrong lamp."
    Then the ticket was read as cancel_order
    And the ticket waits for approval by an "approver"
    When "lead@store.example" approves the cancellation
    Then the ticket is resolved
    And order "1003" is cancelled
    And order "1003" shows 89.50 refunded
    And "maria.garcia@example.com" is told "We have cancelled order 1003 and returned 89.50 USD"

  Scenario: A cancellation the approver rejects leaves the order as it was
    When "maria.garcia@example.com" writes "Please cancel my order #1003, I ordered the wrong lamp."
    And "lead@store.example" rejects the cancellation because "The lamp is already packed"
    Then the ticket is declined
    And order "1003" is not cancelled
    And "maria.garcia@example.com" is told "The lamp is already packed"

  Scenario: An order that has shipped is not cancelled, and the customer is told why
    When "james.oconnor@example.com" writes "Please cancel my order 1004."
    Then the ticket is declined
    And the playbook was stopped by the rule "A cancellation or address change on an order that has shipped is denied"
    And order "1004" is not cancelled
    And "james.oconnor@example.com" is told "it can no longer be cancelled"
