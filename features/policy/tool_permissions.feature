Feature: Which roles may use which tools
  Every actor acts in a role, and a role may only use the tools listed for it. An operation with any
  other tool is denied, whatever its tier (see "Operations that are denied").

    - viewer: the read tools (get_order, get_tracking, get_products, get_pricing, get_inventory,
      get_launch_schedule, get_customer);
    - agent: the read tools, send_notification, issue_refund, cancel_order, update_address,
      create_return_label, create_replacement, apply_discount;
    - merchandiser: the read tools, send_notification, update_price, set_promo_status, update_inventory,
      create_product, bulk_price_change;
    - admin: every tool.

  Each request below is an ordinary one (one record, and 10.00 USD where an amount is involved), so
  that only the role decides whether it is allowed. Who must approve an allowed one is told in
  "Approvals by tier".

  Background:
    Given any amount involved is 10.00 USD

  Scenario Outline: A viewer asking for <tool> is <outcome>
    A viewer only reads.
    Given the actor is "val", acting as viewer
    When the actor asks for "<tool>"
    Then the operation is <outcome>

    Examples:
      | tool                | outcome |
      | get_order           | allowed |
      | get_tracking        | allowed |
      | get_products        | allowed |
      | get_pricing         | allowed |
      | get_inventory       | allowed |
      | get_launch_schedule | allowed |
      | get_customer        | allowed |
      | send_notification   | denied  |
      | issue_refund        | denied  |
      | cancel_order        | denied  |
      | update_address      | denied  |
      | create_return_label | denied  |
      | create_replacement  | denied  |
      | apply_discount      | denied  |
      | update_price        | denied  |
      | set_promo_status    | denied  |
      | update_inventory    | denied  |
      | create_product      | denied  |
      | bulk_price_change   | denied  |

  Scenario Outline: An agent asking for <tool> is <outcome>
    A support agent reads, sends notifications, and fixes one customer's order: refunds, cancellations,
    address changes, return labels, replacements and discounts.
    Given the actor is "sam", acting as agent
    When the actor asks for "<tool>"
    Then the operation is <outcome>

    Examples:
      | tool                | outcome |
      | get_order           | allowed |
      | get_tracking        | allowed |
      | get_products        | allowed |
      | get_pricing         | allowed |
      | get_inventory       | allowed |
      | get_launch_schedule | allowed |
      | get_customer        | allowed |
      | send_notification   | allowed |
      | issue_refund        | allowed |
      | cancel_order        | allowed |
      | update_address      | allowed |
      | create_return_label | allowed |
      | create_replacement  | allowed |
      | apply_discount      | allowed |
      | update_price        | denied  |
      | set_promo_status    | denied  |
      | update_inventory    | denied  |
      | create_product      | denied  |
      | bulk_price_change   | denied  |

  Scenario Outline: A merchandiser asking for <tool> is <outcome>
    A merchandiser reads, sends notifications, and runs the catalogue: prices, promotions, inventory,
    new products and bulk price changes.
    Given the actor is "mia", acting as merchandiser
    When the actor asks for "<tool>"
    Then the operation is <outcome>

    Examples:
      | tool                | outcome |
      | get_order           | allowed |
      | get_tracking        | allowed |
      | get_products        | allowed |
      | get_pricing         | allowed |
      | get_inventory       | allowed |
      | get_launch_schedule | allowed |
      | get_customer        | allowed |
      | send_notification   | allowed |
      | issue_refund        | denied  |
      | cancel_order        | denied  |
      | update_address      | denied  |
      | create_return_label | denied  |
      | create_replacement  | denied  |
      | apply_discount      | denied  |
      | update_price        | allowed |
      | set_promo_status    | allowed |
      | update_inventory    | allowed |
      | create_product      | allowed |
      | bulk_price_change   | allowed |

  Scenario Outline: An admin asking for <tool> is <outcome>
    An admin may use every tool.
    Given the actor is "alex", acting as admin
    When the actor asks for "<tool>"
    Then the operation is <outcome>

    Examples:
      | tool                | outcome |
      | get_order           | allowed |
      | get_tracking        | allowed |
      | get_products        | allowed |
      | get_pricing         | allowed |
      | get_inventory       | allowed |
      | get_launch_schedule | allowed |
      | get_customer        | allowed |
      | send_notification   | allowed |
      | issue_refund        | allowed |
      | cancel_order        | allowed |
      | update_address      | allowed |
      | create_return_label | allowed |
      | create_replacement  | allowed |
      | apply_discount      | allowed |
      | update_price        | allowed |
      | set_promo_status    | allowed |
      | update_inventory    | allowed |
      | create_product      | allowed |
      | bulk_price_change   | allowed |

  Scenario: A tool outside the role is denied by the permission table, not for any other reason
    Given the actor is "vic", acting as viewer
    When the actor asks for "cancel_order"
    Then the operation is denied
    And the rule "An actor whose role may not use the tool is denied" fired

  Scenario: A tool inside the role is not stopped by the permission table
    Given the actor is "vic", acting as viewer
    When the actor asks for "get_launch_schedule"
    Then the operation is tier 0 READ
    And the operation is allowed
    And it needs no approval
    And the rule "An actor whose role may not use the tool is denied" did not fire

  Scenario Outline: A role the table does not know may use nothing (<role>)
    Given the actor is "x-1", acting as <role>
    When the actor asks for "get_order"
    Then the operation is denied
    And the rule "An actor whose role may not use the tool is denied" fired

    Examples:
      | role            |
      | intern          |
      | senior_approver |
