Feature: Risk tiers by kind of operation
  Every operation the resolver may perform gets a risk tier, which decides how much friction it meets
  before it runs: tier 0 READ, tier 1 NOTIFY, tier 2 WRITE and tier 3 BULK.

  Reading changes nothing: tier 0. Sending a message changes no data: tier 1. A write to a single record
  is tier 2. A bulk price change, or any write that affects more than 10 records, is tier 3.
  Exactly 10 records is still a single write.

  The person asking in these scenarios is an admin, who may use every tool, so that only the tier is
  at stake. Who must approve each tier is told in "Approvals by tier".

  Background:
    Given the actor is "alex", acting as admin

  Scenario Outline: Reading with <tool> is tier 0 READ
    When the actor asks for "<tool>"
    Then the operation is tier 0 READ
    And the operation is allowed
    And it needs no approval
    And the rule "Reading records is tier 0 READ" fired

    Examples: the read tools
      | tool                |
      | get_order           |
      | get_tracking        |
      | get_products        |
      | get_pricing         |
      | get_inventory       |
      | get_launch_schedule |
      | get_customer        |

  Scenario: Sending a notification is tier 1 NOTIFY
    When the actor asks for "send_notification"
    Then the operation is tier 1 NOTIFY
    And the operation is allowed
    And it needs no approval
    And the rule "Sending a notification is tier 1 NOTIFY" fired

  Scenario Outline: A single write with <tool> is tier 2 WRITE
    Given any amount involved is 10.00 USD
    When the actor asks for "<tool>"
    Then the operation is tier 2 WRITE
    And the operation is allowed
    And it needs approval by an approver
    And the rule "A write to a single record is tier 2 WRITE" fired

    Examples: the single-record write tools
      | tool                |
      | issue_refund        |
      | cancel_order        |
      | update_address      |
      | create_return_label |
      | create_replacement  |
      | apply_discount      |
      | update_price        |
      | set_promo_status    |
      | update_inventory    |
      | create_product      |

  Scenario: A bulk price change is tier 3 BULK, even when it touches a single product
    When the actor asks for "bulk_price_change" affecting 1 record
    Then the operation is tier 3 BULK
    And the operation is allowed
    And it needs approval by a senior_approver
    And the rule "A bulk price change is tier 3 BULK" fired

  Scenario Outline: A write with <tool> affecting <records> records is tier <tier>
    When the actor asks for "<tool>" affecting <records> records
    Then the operation is tier <tier>
    And the operation is allowed
    And it needs approval by <approver>
    And the rule "A write affecting more records than the bulk threshold is tier 3 BULK" <bulk rule>

    Examples: at and around the bulk threshold of 10 records
      | tool             | records | tier    | approver          | bulk rule    |
      | update_inventory | 9       | 2 WRITE | an approver       | did not fire |
      | update_inventory | 10      | 2 WRITE | an approver       | did not fire |
      | update_inventory | 11      | 3 BULK  | a senior_approver | fired        |
      | update_inventory | 500     | 3 BULK  | a senior_approver | fired        |
      | apply_discount   | 10      | 2 WRITE | an approver       | did not fire |
      | apply_discount   | 11      | 3 BULK  | a senior_approver | fired        |
      | set_promo_status | 10      | 2 WRITE | an approver       | did not fire |
      | set_promo_status | 11      | 3 BULK  | a senior_approver | fired        |
      | create_product   | 11      | 3 BULK  | a senior_approver | fired        |

  Scenario Outline: Reading or notifying about many records stays at its own tier
    When the actor asks for "<tool>" affecting 500 records
    Then the operation is tier <tier>
    And the operation is allowed
    And it needs no approval

    Examples:
      | tool              | tier     |
      | get_products      | 0 READ   |
      | get_customer      | 0 READ   |
      | send_notification | 1 NOTIFY |
