Feature: Returns and replacements
  A customer may send goods back. A ticket asking for the same goods again gets a prepaid return label and a
  replacement order at no charge; a ticket asking to return goods gets a label and the money back. Only the goods the
  ticket names come back (all of the order when it names none). A replacement is sent only for goods that were
  delivered, within the return window (30 days unless the store sets its own "returnWindowDays"); a refund follows the
  refund rules. Goods worth up to the auto-refund limit go at once for the order's own customer; dearer ones wait for
  an approver. The run reads the order back and tells the customer only once the store shows the label and the
  replacement or the refund.

  Background:
    Given a store whose auto-refund limit is 100

  Scenario: A torn tee is sent again, with a label to send the torn one back
    When "maria.garcia@example.com" writes "The tee TEE-ORG-BLK-M in order 1030 arrived torn, please send me a replacement."
    Then the ticket was read as replacement_request
    And the ticket is resolved
    And order "1030" has a return label
    And order "1030" is replaced by a new order of "TEE-ORG-BLK-M"
    And order "1030" shows 0.00 refunded
    And "maria.garcia@example.com" is told "We are sending you the same goods again"
    And the replacement was allowed by the rule "A replacement worth no more than the auto-refund limit, for the order's own customer, is approved automatically"

  Scenario: A return for the money gets a label and the refund the refund rules allow
    When "maria.garcia@example.com" writes "I want to return order 1030, please send me a return label."
    Then the ticket was read as return_request
    And the ticket is resolved
    And order "1030" has a return label
    And order "1030" is not replaced
    And order "1030" shows 48.00 refunded
    And "maria.garcia@example.com" is told "We have refunded 48.00 USD for order 1030"

  Scenario: Goods worth more than the limit wait for an approver, and are replaced once approved
    When "ann@example.com" writes "Please send a replacement for order 1001, the hoodies arrived torn."
    Then the ticket waits for approval by an "approver"
    And order "1001" has no return label
    When "lead@store.example" approves the replacement
    Then the ticket is resolved
    And order "1001" has a return label
    And order "1001" is replaced by a new order of "HOOD-FLC-GRY-L, HOOD-FLC-GRY-L"

  Scenario: A replacement the approver rejects is declined and nothing is sent
    When "ann@example.com" writes "Please send a replacement for order 1001, the hoodies arrived torn."
    And "lead@store.example" rejects the replacement because "Please send us photos of the tear first"
    Then the ticket is declined
    And order "1001" has no return label
    And order "1001" is not replaced
    And "ann@example.com" is told "Please send us photos of the tear first"

  Scenario Outline: <what> is not replaced, and the customer is told why
    When "<customer>" writes "<ticket>"
    Then the ticket is declined
    And the playbook was stopped by the rule "<rule>"
    And order "<order>" has no return label
    And order "<order>" is not replaced
    And "<customer>" is told "<why>"

    Examples:
      | what                           | customer                  | order | ticket                                                              | rule                                                             | why                                |
      | An order still on its way      | james.oconnor@example.com | 1004  | My power bank from order 1004 is broken, please send a replacement. | A replacement for an order that has not been delivered is denied | only for goods that were delivered |
      | An order delivered 35 days ago | wei.chen@example.com      | 1006  | Order 1006: the earbuds stopped working, please send a replacement. | A replacement asked for after the return window is denied        | after the 30-day return window     |

  Scenario: A store with a 60-day return window takes back goods delivered 35 days ago
    Given a store whose return window is 60 days
    When "wei.chen@example.com" writes "Order 1006: the earbuds stopped working, please send a replacement."
    Then the ticket waits for approval by an "approver"

  Scenario: Goods the order does not have are not taken back
    When "maria.garcia@example.com" writes "The throw in order 1030 is the wrong colour, please send me a replacement THROW-COT-BLU."
    Then the ticket is declined
    And order "1030" has no return label
    And "maria.garcia@example.com" is told "THROW-COT-BLU, which is not on order 1030"
