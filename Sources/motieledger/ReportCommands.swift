/// The reports: diff, overdue and table.
let reportCommands: [Command] = []
