Feature: Catalogue changesets
  A merchandiser asks for several catalogue changes at once: a changeset. The resolver reads each product from the
  store, builds each change with the product as it is and as it is to be, and puts every change to the rules; the
  changeset's tier is the highest of its changes. Nothing is written until the merchandiser confirms the changeset
  and the person its tier needs agrees: an approver for tier 2; for tier 3 a senior approver who is not the
  merchandiser. The approvers are mailed a link of their own to decide by, and it is in their inbox as well. Once
  approved the changes are written one after another, every changed product is read back from the store, and the
  whole story is sealed in a receipt that joins the store's receipt chain; the merchandiser and the approver are
  mailed a summary naming it. If a product changed in the store after the changeset was built, the writer stops
  there, and the merchandiser may ask for the rollback of what was written, itself a changeset to approve.

  Under the current rules every catalogue write is tier 2 or more: tiers 0 and 1 are for reading and for sending
  messages, and a changeset does neither, so no changeset is written without a person's approval.

  Background:
    Given a store with the demo catalogue
    And the store's people are:
      | person           | role            |
      | mia@shop.example | merchandiser    |
      | ann@shop.example | approver        |
      | sam@shop.example | senior_approver |

  Scenario: A few stock counts wait for an approver, then are written, read back and sealed in a receipt
    When "mia@shop.example" asks for these stock counts:
      | sku           | stock |
      | TEE-ORG-BLK-M | 5     |
      | SOCK-BMB-3PK  | 6     |
      | TEE-ORG-WHT-L | 7     |
    Then the changeset is tier 2 and needs an "approver"
    And the changeset was made tier 2 because "A write changes data: tier 2 WRITE"
    When "mia@shop.example" confirms the changeset
    Then the changeset waits for approval by an "approver"
    And product "TEE-ORG-BLK-M" shows 140 in stock
    When "ann@shop.example" approves the changeset
    Then the changeset is written and every product read back shows it: 3 written, 3 read back
    And product "TEE-ORG-BLK-M" shows 5 in stock
    And product "SOCK-BMB-3PK" shows 6 in stock
    And product "TEE-ORG-WHT-L" shows 7 in stock
    And the changeset's receipt verifies, and so does the store's receipt chain
    And the changeset's receipt names "ann@shop.example" and "TEE-ORG-BLK-M"
    And "mia@shop.example" and "ann@shop.example" are mailed a summary naming the receipt
    And the changeset's run is completed

  Scenario: Twelve prices 15 % lower wait for a senior approver, who approves by the link mailed to them
    When "mia@shop.example" asks for 15 % off the price of these products:
      | TEE-ORG-BLK-M   |
      | SOCK-BMB-3PK    |
      | TEE-ORG-WHT-L   |
      | HOOD-FLC-GRY-L  |
      | KURTA-LIN-IND-M |
      | DENIM-SLIM-32   |
      | SCARF-SILK-PSL  |
      | CBL-USBC-2M     |
      | CHG-GAN-65W     |
      | EAR-TWS-PRO     |
      | PWR-BANK-20K    |
      | CASE-PH15-CLR   |
    Then the changeset is tier 3 and needs a "senior_approver"
    And the changeset was made tier 3 because "It affects 12 records, more than 10: tier 3 BULK"
    When "mia@shop.example" confirms the changeset
    Then the changeset waits for approval by a "senior_approver"
    And "sam@shop.example" is mailed a link to decide it
    And "mia@shop.example" is mailed no link to decide it
    And "ann@shop.example" is mailed no link to decide it
    And "mia@shop.example" may not decide the changeset, having asked for it
    And "ann@shop.example" may not decide the changeset, being only an approver
    And product "TEE-ORG-BLK-M" is priced at 24.00
    When "sam@shop.example" approves the changeset through the link mailed to them
    Then the changeset is written and every product read back shows it: 12 written, 12 read back
    And every one of those products is priced 15 % lower than before, to the cent
    And product "TEE-ORG-BLK-M" is priced at 20.40
    And the changeset's receipt verifies, and so does the store's receipt chain
    And "mia@shop.example" and "sam@shop.example" are mailed a summary naming the receipt

  Scenario: A product changed in the store after the changeset was built stops the writer there
    When "mia@shop.example" asks for these stock counts:
      | sku           | stock |
      | TEE-ORG-BLK-M | 5     |
      | SOCK-BMB-3PK  | 6     |
      | TEE-ORG-WHT-L | 7     |
    And the store's own staff set the stock of "SOCK-BMB-3PK" to 99
    And "mia@shop.example" confirms the changeset
    And "ann@shop.example" approves the changeset
    Then the changeset stops part way because "SKU SOCK-BMB-3PK changed since the changeset was built"
    And its changes ended as:
      | sku           | outcome |
      | TEE-ORG-BLK-M | WRITTEN |
      | SOCK-BMB-3PK  | FAILED  |
      | TEE-ORG-WHT-L | SKIPPED |
    And product "TEE-ORG-BLK-M" shows 5 in stock
    And product "SOCK-BMB-3PK" shows 99 in stock
    And product "TEE-ORG-WHT-L" shows 95 in stock
    And the changeset offers its rollback
    And the changeset's receipt verifies, and so does the store's receipt chain
    And the changeset's run is handed over

  Scenario: The rollback of a changeset that stopped part way, once approved, puts back what was written
    When "mia@shop.example" asks for these stock counts:
      | sku           | stock |
      | TEE-ORG-BLK-M | 5     |
      | SOCK-BMB-3PK  | 6     |
      | TEE-ORG-WHT-L | 7     |
    And the store's own staff set the stock of "SOCK-BMB-3PK" to 99
    And "mia@shop.example" confirms the changeset
    And "ann@shop.example" approves the changeset
    Then the changeset stops part way because "SKU SOCK-BMB-3PK changed since the changeset was built"
    When "mia@shop.example" asks for the rollback of the changeset
    Then the rollback undoes the 1 change that was written, and is tier 2 and needs an "approver"
    And product "TEE-ORG-BLK-M" shows 5 in stock
    When "mia@shop.example" confirms the changeset
    And "ann@shop.example" approves the changeset
    Then the changeset is written and every product read back shows it: 1 written, 1 read back
    And product "TEE-ORG-BLK-M" shows 140 in stock
    And product "SOCK-BMB-3PK" shows 99 in stock
    And product "TEE-ORG-WHT-L" shows 95 in stock
    And the changeset's receipt verifies, and so does the store's receipt chain
