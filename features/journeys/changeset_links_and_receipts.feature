Feature: Approval links and the receipt chain of changesets
  The link mailed to an approver is theirs alone, decides once, and expires: a link past its expiry, or used once
  already, is refused, decides nothing, and the attempt is recorded. Every changeset that ends is sealed in a receipt
  that names the hash of the store's receipt before it, so the receipts form a chain; verifying the chain recomputes
  every receipt and names the first one that no longer matches, wherever in the chain a byte was changed.

  Background:
    Given a store with the demo catalogue
    And the store's people are:
      | person           | role         |
      | mia@shop.example | merchandiser |
      | ann@shop.example | approver     |

  Scenario: An expired link and a link used once already decide nothing
    When "mia@shop.example" asks for these stock counts:
      | sku           | stock |
      | TEE-ORG-BLK-M | 5     |
    And "mia@shop.example" confirms the changeset
    Then "ann@shop.example" is mailed a link to decide it
    When "ann@shop.example" uses the link mailed to them after it expired, to approve the changeset
    Then the link is refused as expired, saying "This link expired"
    And the changeset waits for approval by an "approver"
    And product "TEE-ORG-BLK-M" shows 140 in stock
    When "ann@shop.example" approves the changeset through the link mailed to them
    And "ann@shop.example" uses the same link again, to reject the changeset
    Then the link is refused as reused, saying "This link was used already"
    And the changeset was approved once, by "ann@shop.example"
    And the changeset is written and every product read back shows it: 1 written, 1 read back
    And product "TEE-ORG-BLK-M" shows 5 in stock
    And the attempts on the links were recorded as "use expired, open ok, use ok, use reused"

  Scenario Outline: A byte changed in the <which> receipt of the chain is found by verifying the chain
    Given "mia@shop.example" has had 3 changesets approved by "ann@shop.example", written and sealed
    And the store's receipt chain verifies
    When one byte of the <which> receipt is changed where it is stored
    Then verifying the store's receipt chain reports that receipt as the first broken link: "The body does not match its sha256"
    And the receipts before it were checked and hold

    Examples:
      | which  |
      | first  |
      | middle |
      | last   |
