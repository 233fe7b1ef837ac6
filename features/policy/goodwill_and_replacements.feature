Feature: Goodwill credits and replacements
  A goodwill credit (apply_discount) and a replacement order (create_replacement) are tier 2 writes, which normally need
  an approver. The store gives them without one to the order's own customer when:

    - a goodwill credit is at most the auto-goodwill limit of 10.00 ("maxAutoGoodwill"; exactly 10.00 is still automatic);
    - the goods replaced are worth at most the auto-refund limit of 100.00 ("maxAutoRefund").

  Some are never given, whoever approves: goodwill that would take the order's goodwill credits past the goodwill limit
  of 100.00 ("maxGoodwill"), more than is left to refund on the order, or any on a cancelled order; a replacement for an
  order that has not been delivered, or was delivered more than 30 days ago ("returnWindowDays"; day 30 still counts).
  Someone other than the order's customer always needs an approver.

  Background:
    Given the actor is "sam", acting as agent
    And an order "1001" of 120.00 USD placed by "ann@example.com"
    And the request comes from "ann@example.com"

  Scenario Outline: A goodwill credit of <amount> for the order's own customer needs <approval>
    Given the order was delivered 5 days ago
    And any amount involved is <amount> USD
    When the actor asks for "apply_discount"
    Then the operation is tier 2 WRITE
    And the operation is allowed
    And it needs <approval>

    Examples: at and around the auto-goodwill limit of 10.00
      | amount | approval                |
      | 9.99   | no approval             |
      | 10.00  | no approval             |
      | 10.01  | approval by an approver |

  Scenario Outline: A store whose auto-goodwill limit is 20.00 gives <amount> with <approval>
    Given the tenant has set "maxAutoGoodwill" to "20.00"
    And any amount involved is <amount> USD
    When the actor asks for "apply_discount"
    Then the operation is allowed
    And it needs <approval>

    Examples:
      | amount | approval                |
      | 20.00  | no approval             |
      | 20.01  | approval by an approver |

  Scenario Outline: Goodwill of <amount> against the goodwill limit of 100.00 is <outcome>
    Given any amount involved is <amount> USD
    When the actor asks for "apply_discount"
    Then the operation is <outcome>

    Examples:
      | amount | outcome |
      | 100.00 | allowed |
      | 100.01 | denied  |

  Scenario: Goodwill past the goodwill limit says which rule stopped it
    Given any amount involved is 100.01 USD
    When the actor asks for "apply_discount"
    Then the operation is denied
    And the rule "A goodwill credit that takes the order's goodwill past the tenant's goodwill limit is denied" fired

  Scenario: Goodwill beyond what is left to refund is denied
    Given 100.00 of the order has already been refunded
    And any amount involved is 20.01 USD
    When the actor asks for "apply_discount"
    Then the operation is denied
    And the rule "A goodwill credit above the order's refundable balance is denied" fired

  Scenario: A cancelled order gets no goodwill
    Given the order is cancelled
    And any amount involved is 5.00 USD
    When the actor asks for "apply_discount"
    Then the operation is denied
    And the rule "A goodwill credit of nothing, or on a cancelled order, is denied" fired

  Scenario Outline: Someone other than the customer asking for <operation> needs an approver, however small
    Given the request comes from "someone.else@example.com"
    And the order was delivered 5 days ago
    And any amount involved is 5.00 USD
    When the actor asks for "<operation>"
    Then the operation is allowed
    And it needs approval by an approver

    Examples:
      | operation          |
      | apply_discount     |
      | create_replacement |

  Scenario Outline: Goods worth <amount> delivered <days> days ago are replaced with <outcome>
    Given the order was delivered <days> days ago
    And any amount involved is <amount> USD
    When the actor asks for "create_replacement"
    Then the operation is <outcome>

    Examples: at and around the auto-refund limit and the return window of 30 days
      | amount | days | outcome |
      | 100.00 | 5    | allowed |
      | 100.00 | 30   | allowed |
      | 100.00 | 31   | denied  |

  Scenario Outline: Goods worth <amount> are replaced with <approval>
    Given the order was delivered 5 days ago
    And any amount involved is <amount> USD
    When the actor asks for "create_replacement"
    Then the operation is allowed
    And it needs <approval>

    Examples:
      | amount | approval                |
      | 100.00 | no approval             |
      | 100.01 | approval by an approver |

  Scenario: A store whose return window is 60 days replaces goods delivered 31 days ago
    Given the tenant has set "returnWindowDays" to "60"
    And the order was delivered 31 days ago
    And any amount involved is 50.00 USD
    When the actor asks for "create_replacement"
    Then the operation is allowed

  Scenario Outline: An order that is <status> is not replaced
    Given the order is <status>
    And any amount involved is 50.00 USD
    When the actor asks for "create_replacement"
    Then the operation is denied
    And the rule "A replacement for an order that has not been delivered is denied" fired

    Examples:
      | status     |
      | processing |
      | shipped    |
      | cancelled  |
