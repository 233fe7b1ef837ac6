Feature: Operations that are denied
  Some operations are never performed, whoever would approve them. A denial is final: the operation is
  neither run nor sent to anyone for approval.

  An operation is denied when:
    - the actor's role may not use the tool (see "Which roles may use which tools");
    - a refund is larger than what is still refundable on the order (its total minus what was already refunded);
    - a refund of the same amount on the same order was already issued in the last 24 hours (a duplicate);
    - a cancellation or an address change is asked for on an order that has shipped or been delivered.

  Background:
    Given the actor is "sam", acting as agent
    And an order "1001" of 120.00 USD placed by "ann@example.com"
    And the request comes from "ann@example.com"
    And any amount involved is 10.00 USD

  Scenario Outline: A <role> may not use <tool>
    Given the actor is "pat", acting as <role>
    When the actor asks for "<tool>"
    Then the operation is denied
    And the rule "An actor whose role may not use the tool is denied" fired

    Examples:
      | role         | tool              |
      | viewer       | issue_refund      |
      | viewer       | send_notification |
      | viewer       | update_price      |
      | agent        | update_price      |
      | agent        | bulk_price_change |
      | merchandiser | issue_refund      |
      | merchandiser | cancel_order      |

  Scenario Outline: A refund of <amount> when 50.00 of 120.00 was already refunded is <outcome>
    Given 50.00 of the order has already been refunded
    When the actor asks to refund <amount>
    Then the operation is <outcome>
    And it needs no approval
    And the rule "A refund above the order's refundable balance is denied" <balance rule>

    Examples: at and around the refundable balance of 70.00
      | amount | outcome | balance rule |
      | 69.99  | allowed | did not fire |
      | 70.00  | allowed | did not fire |
      | 70.01  | denied  | fired        |
      | 120.00 | denied  | fired        |

  Scenario Outline: A refund larger than the whole order is denied, however it would be approved (<amount>)
    When the actor asks to refund <amount>
    Then the operation is denied
    And the rule "A refund above the order's refundable balance is denied" fired

    Examples:
      | amount |
      | 120.01 |
      | 500.00 |

  Scenario Outline: A refund of <amount> after a refund of 25.00 on order <earlier order> in the last 24 hours is <outcome>
    Given a refund of 25.00 on order "<earlier order>" was issued in the last 24 hours
    When the actor asks to refund <amount>
    Then the operation is <outcome>
    And it needs no approval
    And the rule "A refund of the same amount on the same order within 24 hours is denied as a duplicate" <duplicate rule>

    Examples:
      | amount | earlier order | outcome | duplicate rule |
      | 25.00  | 1001          | denied  | fired          |
      | 25.01  | 1001          | allowed | did not fire   |
      | 24.99  | 1001          | allowed | did not fire   |
      | 25.00  | 1002          | allowed | did not fire   |

  Scenario: An amount written differently is still the same amount
    Given a refund of 25.00 on order "1001" was issued in the last 24 hours
    When the actor asks to refund 25
    Then the operation is denied
    And the rule "A refund of the same amount on the same order within 24 hours is denied as a duplicate" fired

  Scenario Outline: A request to <change> when the order <state> is <outcome>
    Given the order <state>
    When the actor asks to <change>
    Then the operation is <outcome>
    And the rule "A cancellation or address change on an order that has shipped is denied" <shipped rule>

    Examples: cancellations
      | change           | state                    | outcome | shipped rule |
      | cancel the order | is processing            | allowed | did not fire |
      | cancel the order | is shipped               | denied  | fired        |
      | cancel the order | was delivered 1 day ago  | denied  | fired        |

    Examples: address changes
      | change                              | state                    | outcome | shipped rule |
      | change the order's delivery address | is processing            | allowed | did not fire |
      | change the order's delivery address | is shipped               | denied  | fired        |
      | change the order's delivery address | was delivered 1 day ago  | denied  | fired        |

  Scenario Outline: A request to <change> when the order is already cancelled is denied before anyone is asked
    Given the order is cancelled
    When the actor asks to <change>
    Then the operation is denied
    And the rule "A cancellation or address change on an order that is cancelled is denied" fired
    And the rule "A cancellation or address change on an order that has shipped is denied" did not fire

    Examples:
      | change                              |
      | cancel the order                    |
      | change the order's delivery address |

  Scenario: An allowed cancellation of an order still in the warehouse goes to an approver
    Given the order is processing
    When the actor asks to cancel the order
    Then the operation is tier 2 WRITE
    And the operation is allowed
    And it needs approval by an approver
