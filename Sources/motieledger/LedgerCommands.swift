/// The commands that read and write the ledger: status, history, record, head, verify.
let ledgerCommands: [Command] = []
