<?xml version="1.0" encoding="UTF-8"?>
<!-- learning.xsl - the learner's own pages: joining a course, "My learning" and the inbox. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:template match="page[@name='enrol']" mode="title"><xsl:call-template name="msg.enrol.title"/></xsl:template>
  <xsl:template match="page[@name='learning']" mode="title" priority="1"><xsl:call-template name="msg.learning.title"/></xsl:template>
  <xsl:template match="page[@name='inbox']" mode="title"><xsl:call-template name="msg.inbox.title"/></xsl:template>

  <!-- The enrolment form, filled in from the profile; once enrolled, where one stands. -->
  <xsl:template match="enrol" mode="body">
    <h1><xsl:call-template name="msg.enrol.title"/>: <a href="{$base}/courses/{@id}"><xsl:value-of select="@name"/></a></h1>
    <xsl:if test="@starts or @place or @live-url">
      <dl class="facts">
        <xsl:if test="@starts"><dt><xsl:call-template name="msg.course.starts"/></dt><dd><xsl:value-of select="@starts"/></dd></xsl:if>
        <xsl:if test="@place"><dt><xsl:call-template name="msg.course.place"/></dt><dd><xsl:value-of select="@place"/></dd></xsl:if>
        <xsl:if test="@live-url"><dt><xsl:call-template name="msg.course.live"/></dt><dd><a href="{@live-url}" rel="noopener"><xsl:value-of select="@live-url"/></a></dd></xsl:if>
      </dl>
    </xsl:if>
    <xsl:choose>
      <xsl:when test="@status and @status != 'rejected'">
        <p class="note" role="status"><xsl:call-template name="enrol-status"><xsl:with-param name="s" select="@status"/></xsl:call-template></p>
        <p><a href="{$base}/learning"><xsl:call-template name="msg.learning.title"/></a></p>
      </xsl:when>
      <xsl:otherwise>
        <xsl:if test="@status = 'rejected'">
          <p class="note"><xsl:call-template name="msg.enrol.rejected"/>: <xsl:value-of select="@reason"/></p>
        </xsl:if>
        <p class="meta">
          <xsl:choose>
            <xsl:when test="@mode = 'approval'"><xsl:call-template name="msg.enrol.approval"/></xsl:when>
            <xsl:otherwise><xsl:call-template name="msg.enrol.open"/></xsl:otherwise>
          </xsl:choose>
        </p>
        <dl class="facts">
          <dt><xsl:call-template name="msg.field.dept"/></dt><dd><xsl:value-of select="@dept"/></dd>
          <dt><xsl:call-template name="msg.field.post"/></dt><dd><xsl:value-of select="@post"/></dd>
        </dl>
        <form class="form" method="post" action="{$base}/courses/{@id}/enrol">
          <xsl:call-template name="csrf"/>
          <xsl:call-template name="input">
            <xsl:with-param name="name">contact</xsl:with-param>
            <xsl:with-param name="label"><xsl:call-template name="msg.enrol.contact"/></xsl:with-param>
            <xsl:with-param name="value" select="@contact"/>
            <xsl:with-param name="required">1</xsl:with-param>
            <xsl:with-param name="max">100</xsl:with-param>
          </xsl:call-template>
          <p class="field">
            <label for="f-goal"><xsl:call-template name="msg.enrol.goal"/></label>
            <textarea id="f-goal" name="goal" rows="3" maxlength="500">
              <xsl:value-of select="(/page/posted/field[@name = 'goal'] | goal)[1]"/>
            </textarea>
          </p>
          <p><button type="submit"><xsl:call-template name="msg.enrol.submit"/></button></p>
        </form>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- My learning: credits against the year's target, the courses by
       section, each capped with a link to the whole of it, and the plans;
       or, with ?section=KEY (@section), that section alone in full. The
       XML (my_learning.c sections_add): learning[@max][@section] /
       section[@key][@total] / course, only the rows to show. -->
  <xsl:template match="learning" mode="body">
    <h1><xsl:call-template name="msg.learning.title"/></h1>
    <xsl:choose>
      <xsl:when test="@section">
        <p><a href="{$base}/learning"><xsl:call-template name="msg.learning.back"/></a></p>
      </xsl:when>
      <xsl:otherwise>
        <dl class="facts">
          <dt><xsl:call-template name="msg.learning.month_credits"/></dt><dd><xsl:value-of select="@month-credits"/></dd>
          <dt><xsl:call-template name="msg.learning.year_credits"/></dt>
          <dd><xsl:value-of select="@year-credits"/> / <xsl:value-of select="@year-target"/></dd>
          <dt><xsl:call-template name="msg.learning.year_hours"/></dt><dd><xsl:value-of select="@year-hours"/></dd>
        </dl>
        <p><a href="{$base}/exams"><xsl:call-template name="msg.exams.title"/></a></p>
        <p><a href="{$base}/certificates"><xsl:call-template name="msg.cert.mine"/></a></p>
        <p><a href="{$base}/homework"><xsl:call-template name="msg.hw.mine"/></a></p>
        <p><a href="{$base}/archive"><xsl:call-template name="msg.archive.title"/></a></p>
        <p><a href="{$base}/surveys"><xsl:call-template name="msg.survey.title"/></a></p>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:apply-templates select="section" mode="learning"/>
    <xsl:if test="plan">
      <h2><xsl:call-template name="msg.learning.plans"/></h2>
      <xsl:apply-templates select="plan" mode="learning"/>
    </xsl:if>
  </xsl:template>

  <!-- A plan given to the learner: where they stand, its deadline (and the
       onboarding exam's), its courses in order. -->
  <xsl:template match="plan" mode="learning">
    <section>
      <h3>
        <xsl:value-of select="text()"/>
        <xsl:if test="@onboarding = 1"><xsl:text> · </xsl:text><xsl:call-template name="msg.plan.onboarding"/></xsl:if>
      </h3>
      <p class="meta">
        <xsl:call-template name="learning-state"><xsl:with-param name="s" select="@state"/></xsl:call-template>
        <xsl:text> · </xsl:text><xsl:call-template name="msg.course.required"/><xsl:text> </xsl:text><xsl:value-of select="@required-done"/> / <xsl:value-of select="@required"/>
        <xsl:if test="@min-elective != '0.0'">
          <xsl:text> · </xsl:text><xsl:call-template name="msg.course.elective"/><xsl:text> </xsl:text><xsl:value-of select="@elective-done"/> / <xsl:value-of select="@min-elective"/><xsl:text> </xsl:text><xsl:call-template name="msg.course.credits"/>
        </xsl:if>
        <xsl:text> · </xsl:text><xsl:call-template name="msg.learning.due"/><xsl:text> </xsl:text><xsl:value-of select="@due"/>
        <xsl:if test="@exam-due"><xsl:text> · </xsl:text><xsl:call-template name="msg.plan.exam_due"/><xsl:text> </xsl:text><xsl:value-of select="@exam-due"/></xsl:if>
      </p>
      <ol>
        <xsl:for-each select="course">
          <li>
            <a href="{$base}/courses/{@id}"><xsl:value-of select="."/></a>
            <span class="meta">
              <xsl:text> · </xsl:text>
              <xsl:choose>
                <xsl:when test="@required = 1"><xsl:call-template name="msg.course.required"/></xsl:when>
                <xsl:otherwise><xsl:call-template name="msg.course.elective"/></xsl:otherwise>
              </xsl:choose>
              <xsl:if test="@status = 'completed'"><xsl:text> · </xsl:text><xsl:call-template name="msg.learning.completed"/></xsl:if>
            </span>
          </li>
        </xsl:for-each>
      </ol>
    </section>
  </xsl:template>

  <!-- Where the learner stands on something assigned. -->
  <xsl:template name="learning-state">
    <xsl:param name="s"/>
    <xsl:choose>
      <xsl:when test="$s = 'on_time' or $s = 'late'"><xsl:call-template name="msg.learning.completed"/></xsl:when>
      <xsl:when test="$s = 'overdue'"><xsl:call-template name="msg.learning.overdue"/></xsl:when>
      <xsl:when test="$s = 'in_progress'"><xsl:call-template name="msg.learning.in_progress"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="msg.learning.not_started"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- One section of My learning: its title and how many it holds, the
       rows sent, and a link to all of them when some were left off. -->
  <xsl:template match="section" mode="learning">
    <h2>
      <xsl:choose>
        <xsl:when test="@key = 'due_soon'"><xsl:call-template name="msg.learning.due_soon"/></xsl:when>
        <xsl:when test="@key = 'overdue'"><xsl:call-template name="msg.learning.overdue"/></xsl:when>
        <xsl:when test="@key = 'in_progress'"><xsl:call-template name="msg.learning.in_progress"/></xsl:when>
        <xsl:when test="@key = 'pending'"><xsl:call-template name="msg.enrol.pending"/></xsl:when>
        <xsl:otherwise><xsl:call-template name="msg.learning.completed"/></xsl:otherwise>
      </xsl:choose>
      <xsl:if test="@total &gt; 0">
        <xsl:text> · </xsl:text>
        <xsl:call-template name="msg.learning.n_in_all"><xsl:with-param name="n" select="@total"/></xsl:call-template>
      </xsl:if>
    </h2>
    <xsl:choose>
      <xsl:when test="not(course)"><p class="empty"><xsl:call-template name="msg.empty"/></p></xsl:when>
      <xsl:otherwise>
        <ul class="list">
          <!-- The links' stem, bound once rather than read per row. -->
          <xsl:variable name="href" select="concat($base, '/courses/')"/>
          <xsl:for-each select="course">
            <li>
              <a href="{$href}{@id}"><xsl:value-of select="."/></a>
              <span class="meta">
                <xsl:value-of select="@done"/> / <xsl:value-of select="@lessons"/><xsl:text> </xsl:text><xsl:call-template name="msg.learning.lessons_done"/>
                <xsl:text> · </xsl:text><xsl:value-of select="@credits"/><xsl:text> </xsl:text><xsl:call-template name="msg.course.credits"/>
                <xsl:if test="@status = 'rejected'"><xsl:text> · </xsl:text><xsl:call-template name="msg.enrol.rejected"/></xsl:if>
                <xsl:if test="@completed"><xsl:text> · </xsl:text><xsl:value-of select="@completed"/></xsl:if>
                <xsl:if test="@due">
                  <xsl:text> · </xsl:text><xsl:call-template name="msg.learning.assigned"/>
                  <xsl:if test="@assigned-required = 1"><xsl:text> </xsl:text><xsl:call-template name="msg.course.required"/></xsl:if>
                  <xsl:text> · </xsl:text><xsl:call-template name="msg.learning.due"/><xsl:text> </xsl:text><xsl:value-of select="@due"/>
                </xsl:if>
              </span>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:if test="@total &gt; count(course)">
      <p><a href="{$base}/learning?section={@key}"><xsl:call-template name="msg.learning.view_all"><xsl:with-param name="n" select="@total"/></xsl:call-template></a></p>
    </xsl:if>
  </xsl:template>

  <!-- The inbox: each message's words by its kind, in the reader's language. -->
  <xsl:template match="inbox" mode="body">
    <h1><xsl:call-template name="msg.inbox.title"/></h1>
    <xsl:if test="message[@unread = 1]">
      <form class="form" method="post" action="{$base}/messages/read">
        <xsl:call-template name="csrf"/>
        <p><button type="submit"><xsl:call-template name="msg.inbox.read_all"/></button></p>
      </form>
    </xsl:if>
    <xsl:choose>
      <xsl:when test="not(message)"><p class="empty"><xsl:call-template name="msg.empty"/></p></xsl:when>
      <xsl:otherwise>
        <ul class="list">
          <xsl:for-each select="message">
            <li>
              <xsl:if test="@unread = 1"><xsl:attribute name="class">unread</xsl:attribute></xsl:if>
              <span>
                <xsl:if test="@unread = 1"><strong><xsl:call-template name="msg.inbox.new"/></strong><xsl:text> </xsl:text></xsl:if>
                <xsl:choose>
                  <xsl:when test="@kind = 'enrolled'"><xsl:call-template name="msg.inbox.enrolled"/></xsl:when>
                  <xsl:when test="@kind = 'enrol_pending'"><xsl:call-template name="msg.inbox.enrol_pending"/></xsl:when>
                  <xsl:when test="@kind = 'enrol_approved'"><xsl:call-template name="msg.inbox.enrol_approved"/></xsl:when>
                  <xsl:when test="@kind = 'enrol_rejected'"><xsl:call-template name="msg.inbox.enrol_rejected"/></xsl:when>
                  <xsl:when test="@kind = 'completed'"><xsl:call-template name="msg.inbox.completed"/></xsl:when>
                  <xsl:when test="@kind = 'assign_due_soon'"><xsl:call-template name="msg.inbox.assign_due_soon"/></xsl:when>
                  <xsl:when test="@kind = 'assign_overdue'"><xsl:call-template name="msg.inbox.assign_overdue"/></xsl:when>
                  <xsl:when test="@kind = 'hw_due_soon'"><xsl:call-template name="msg.inbox.hw_due_soon"/></xsl:when>
                  <xsl:when test="@kind = 'hw_overdue'"><xsl:call-template name="msg.inbox.hw_overdue"/></xsl:when>
                  <xsl:when test="@kind = 'hw_returned'"><xsl:call-template name="msg.inbox.hw_returned"/></xsl:when>
                  <xsl:when test="@kind = 'hw_published'"><xsl:call-template name="msg.inbox.hw_published"/></xsl:when>
                  <xsl:otherwise><xsl:value-of select="@kind"/></xsl:otherwise>
                </xsl:choose>
                <xsl:if test="@plan"><xsl:text> </xsl:text><xsl:call-template name="msg.plan.one"/><xsl:text> </xsl:text><xsl:value-of select="@plan"/><xsl:text> · </xsl:text></xsl:if>
                <xsl:if test="@course"><xsl:text> </xsl:text><a href="{$base}/courses/{@course}"><xsl:value-of select="@course-name"/></a></xsl:if>
                <xsl:if test="@due"><xsl:text> · </xsl:text><xsl:call-template name="msg.learning.due"/><xsl:text> </xsl:text><xsl:value-of select="@due"/></xsl:if>
                <xsl:if test="string(.)"><xsl:text> · </xsl:text><xsl:value-of select="."/></xsl:if>
                <xsl:if test="@kind = 'enrolled' or @kind = 'enrol_approved'">
                  <xsl:if test="@starts"><xsl:text> · </xsl:text><xsl:call-template name="msg.course.starts"/>: <xsl:value-of select="@starts"/></xsl:if>
                  <xsl:if test="@place"><xsl:text> · </xsl:text><xsl:call-template name="msg.course.place"/>: <xsl:value-of select="@place"/></xsl:if>
                  <br/><xsl:call-template name="msg.inbox.guide"/>
                </xsl:if>
              </span>
              <span class="meta"><xsl:value-of select="@at"/></span>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
