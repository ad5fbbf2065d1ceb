enum Secrets {
    static let mapsApiKey = "k6Dlbz3Tny3dHzuU6li8RrjwfAZzabRqpjvITWf"
}
