Feature: Margin floor
  A new price must leave at least 10 % of itself above the product's unit cost. When the cost is known
  and the margin, (new price - cost) / new price, is below 10 %, the price change is tier 3 BULK and
  needs a senior approver. A margin of exactly 10 % is fine. When no cost is given, the margin is not
  judged.

  Background:
    Given the actor is "mia", acting as merchandiser

  Scenario Outline: A price of <new price> over a cost of <cost> leaves a margin of <margin>: tier <tier>
    When the actor asks to change the price of "LAMP-7" from 95.00 to <new price>, at a unit cost of <cost>
    Then the operation is tier <tier>
    And the operation is allowed
    And it needs approval by <approver>
    And the rule "A price that leaves less than the margin floor above cost is tier 3 BULK" <margin rule>

    Examples: at and around the 10 % floor
      | new price | cost  | margin  | tier    | approver          | margin rule  |
      | 100.00    | 90.01 | 9.99 %  | 3 BULK  | a senior_approver | fired        |
      | 100.00    | 90.00 | 10 %    | 2 WRITE | an approver       | did not fire |
      | 100.00    | 89.99 | 10.01 % | 2 WRITE | an approver       | did not fire |
      | 100.00    | 50.00 | 50 %    | 2 WRITE | an approver       | did not fire |

    Examples: at or below cost
      | new price | cost   | margin | tier   | approver          | margin rule |
      | 100.00    | 100.00 | 0 %    | 3 BULK | a senior_approver | fired       |
      | 100.00    | 110.00 | -10 %  | 3 BULK | a senior_approver | fired       |

  Scenario: Without a known cost, the margin is not judged
    When the actor asks to change the price of "LAMP-7" from 95.00 to 100.00
    Then the operation is tier 2 WRITE
    And the operation is allowed
    And it needs approval by an approver
    And the rule "A price that leaves less than the margin floor above cost is tier 3 BULK" did not fire

  Scenario: A price below the floor needs a senior approver other than the merchandiser who asked
    When the actor asks to change the price of "LAMP-7" from 95.00 to 99.00, at a unit cost of 95.00
    Then the operation is tier 3 BULK
    And it needs approval by a senior_approver
    And the approver must be someone other than "mia"
