Feature: Other guards on refunds and notifications
  A few more requests are always denied, and never sent for approval:

    - a refund of nothing (zero or a negative amount);
    - a refund on an order that was cancelled (its payment was already returned);
    - a refund in another currency than the order's;
    - an order's details sent to anyone but the customer who placed the order.

  Background:
    Given the actor is "sam", acting as agent
    And an order "1001" of 120.00 USD placed by "ann@example.com"
    And the request comes from "ann@example.com"

  Scenario Outline: A refund of <amount> is <outcome>
    When the actor asks to refund <amount>
    Then the operation is <outcome>
    And it needs no approval
    And the rule "A refund of nothing is denied" <nothing rule>

    Examples:
      | amount | outcome | nothing rule |
      | -5.00  | denied  | fired        |
      | 0.00   | denied  | fired        |
      | 0      | denied  | fired        |
      | 0.01   | allowed | did not fire |

  Scenario: A refund without any amount is denied
    When the actor asks for "issue_refund"
    Then the operation is denied
    And the rule "A refund of nothing is denied" fired

  Scenario Outline: A refund on an order that <state> is <outcome>
    Given the order <state>
    When the actor asks to refund 10.00
    Then the operation is <outcome>
    And the rule "A refund on a cancelled order is denied" <cancelled rule>

    Examples:
      | state                    | outcome | cancelled rule |
      | is cancelled             | denied  | fired          |
      | is processing            | allowed | did not fire   |
      | is shipped               | allowed | did not fire   |
      | was delivered 2 days ago | allowed | did not fire   |

  Scenario Outline: A refund in <currency> on an order paid in USD is <outcome>
    When the actor asks to refund 10.00 <currency>
    Then the operation is <outcome>
    And it needs no approval
    And the rule "A refund in another currency than the order's is denied" <currency rule>

    Examples:
      | currency | outcome | currency rule |
      | USD      | allowed | did not fire  |
      | EUR      | denied  | fired         |

  Scenario Outline: An order's details are sent to <requester>: <outcome>
    Given the request comes from "<requester>"
    When the actor asks to send the order's details to the requester
    Then the operation is <outcome>
    And it needs no approval
    And the rule "An order's details are sent only to the customer who placed it" <disclosure rule>

    Examples:
      | requester           | outcome | disclosure rule |
      | ann@example.com     | allowed | did not fire    |
      | Ann@Example.COM     | allowed | did not fire    |
      | mallory@example.net | denied  | fired           |

  Scenario: The customer's own notification is tier 1 and needs no approval
    When the actor asks to send the order's details to the requester
    Then the operation is tier 1 NOTIFY
    And the operation is allowed
    And it needs no approval
