Feature: Approvals by tier
  The tier decides who must approve an operation before it runs:

    - tier 0 READ and tier 1 NOTIFY need no approval;
    - tier 2 WRITE needs an approver, except a refund the store approves automatically
      (see "Automatic approval of refunds");
    - tier 3 BULK always needs a senior approver, who must be someone other than the person who asked.
      Nothing approves a tier 3 operation automatically.

  Background:
    Given the actor is "alex", acting as admin
    And any amount involved is 10.00 USD

  Scenario Outline: <tool> is tier <tier> and needs <approval>
    When the actor asks for "<tool>" affecting <records> records
    Then the operation is tier <tier>
    And the operation is allowed
    And it needs <approval>

    Examples:
      | tool              | records | tier     | approval                        |
      | get_order         | 1       | 0 READ   | no approval                     |
      | get_pricing       | 1       | 0 READ   | no approval                     |
      | send_notification | 1       | 1 NOTIFY | no approval                     |
      | cancel_order      | 1       | 2 WRITE  | approval by an approver         |
      | update_price      | 1       | 2 WRITE  | approval by an approver         |
      | create_product    | 10      | 2 WRITE  | approval by an approver         |
      | create_product    | 11      | 3 BULK   | approval by a senior_approver   |
      | bulk_price_change | 1       | 3 BULK   | approval by a senior_approver   |

  Scenario: A tier 2 write asks an approver
    When the actor asks for "create_replacement"
    Then the operation is tier 2 WRITE
    And the operation is allowed
    And it needs approval by an approver
    And the rule "A tier-2 operation needs an approver" fired
    And the rule "A tier-3 operation needs a senior approver who is not the actor" did not fire

  Scenario: A tier 3 operation asks a senior approver, who must not be the person who asked
    When the actor asks for "bulk_price_change" affecting 200 records
    Then the operation is tier 3 BULK
    And the operation is allowed
    And it needs approval by a senior_approver
    And the approver must be someone other than "alex"
    And the rule "A tier-3 operation needs a senior approver who is not the actor" fired

  Scenario: A read or a notification asks no one
    When the actor asks for "get_customer"
    Then the operation is tier 0 READ
    And it needs no approval
    And the rule "A tier-2 operation needs an approver" did not fire
    And the rule "A tier-3 operation needs a senior approver who is not the actor" did not fire

  Scenario: A refund that qualifies for automatic approval still needs a senior approver at tier 3
    Given the actor is "sam", acting as agent
    And an order "1001" of 500.00 USD placed by "ann@example.com"
    And the order was delivered 2 days ago
    And the request comes from "ann@example.com"
    And the conversation has lasted 90 minutes
    When the actor asks to refund 30.00
    Then the operation is tier 3 BULK
    And the operation is allowed
    And it needs approval by a senior_approver
    And the approver must be someone other than "sam"

  Scenario: The same refund at tier 2 is approved automatically
    Given the actor is "sam", acting as agent
    And an order "1001" of 500.00 USD placed by "ann@example.com"
    And the order was delivered 2 days ago
    And the request comes from "ann@example.com"
    When the actor asks to refund 30.00
    Then the operation is tier 2 WRITE
    And the operation is allowed
    And it needs no approval
