{{/* Common labels; `component` is the PSEAH service name. */}}
{{- define "pseah.labels" -}}
app.kubernetes.io/name: pseah
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version }}
app.kubernetes.io/component: {{ .name }}
{{- end }}

{{- define "pseah.selector" -}}
app.kubernetes.io/name: pseah
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .name }}
{{- end }}

{{- define "pseah.fullname" -}}
{{- printf "%s-%s" .root.Release.Name .name | trunc 63 | trimSuffix "-" -}}
{{- end }}

{{- define "pseah.image" -}}
{{- printf "%s/%s:%s" .root.Values.image.registry .svc.image.repository (.svc.image.tag | default .root.Values.image.tag | default .root.Chart.AppVersion) -}}
{{- end }}

{{/* Consumers cannot usefully outnumber the partitions of their topics: Kafka gives each
partition to one member of a consumer group, extra members sit idle. */}}
{{- define "pseah.maxReplicas" -}}
{{- if .svc.consumer -}}
{{- min (int .svc.autoscaling.maxReplicas) (int .root.Values.kafka.partitions) -}}
{{- else -}}
{{- int .svc.autoscaling.maxReplicas -}}
{{- end -}}
{{- end }}

{{- define "pseah.podSecurityContext" -}}
runAsNonRoot: true
runAsUser: {{ .Values.podSecurity.runAsUser }}
runAsGroup: {{ .Values.podSecurity.runAsGroup }}
fsGroup: {{ .Values.podSecurity.runAsGroup }}
seccompProfile:
  type: RuntimeDefault
{{- end }}

{{- define "pseah.containerSecurityContext" -}}
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
privileged: false
capabilities:
  drop: ["ALL"]
{{- end }}
