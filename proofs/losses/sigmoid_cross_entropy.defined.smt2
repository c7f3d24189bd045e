; certjax: rule losses.sigmoid_cross_entropy, obligation 'defined', verdict proved
; 5 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 5
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(assert
 (let ((?x27 (- logits)))
 (< 0.0 ?x27)))
(assert
 (= 0.0 logits))
(assert
 (let ((?x460 (* 1.0 exp!1)))
 (let ((?x116 (+ 1.0 ?x460)))
 (< 0.0 ?x116))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x344 (+ 1.0 ?x86)))
 (< 0.0 ?x344))))
(assert
 (let ((?x460 (* 1.0 exp!1)))
 (let ((?x116 (+ 1.0 ?x460)))
 (let (($x190 (= 0.0 ?x116)))
 (not $x190)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x344 (+ 1.0 ?x86)))
 (let (($x469 (= 0.0 ?x344)))
 (not $x469)))))
(assert
 (let ((?x460 (* 1.0 exp!1)))
 (let ((?x116 (+ 1.0 ?x460)))
 (let (($x190 (= 0.0 ?x116)))
 (not $x190)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x344 (+ 1.0 ?x86)))
 (let (($x469 (= 0.0 ?x344)))
 (not $x469)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x344 (+ 1.0 ?x86)))
 (let (($x469 (= 0.0 ?x344)))
 (let (($x248 (not $x469)))
 (let (($x87 (< 0.0 ?x344)))
 (let ((?x460 (* 1.0 exp!1)))
 (let ((?x116 (+ 1.0 ?x460)))
 (let (($x343 (< 0.0 ?x116)))
 (not (and $x343 $x87 $x248)))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 2 of 5
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(assert
 (let ((?x27 (- logits)))
 (< 0.0 ?x27)))
(assert
 (> 0.0 logits))
(assert
 (let ((?x460 (* 1.0 exp!1)))
 (let ((?x116 (+ 1.0 ?x460)))
 (< 0.0 ?x116))))
(assert
 (let ((?x460 (* 1.0 exp!1)))
 (let ((?x116 (+ 1.0 ?x460)))
 (let (($x190 (= 0.0 ?x116)))
 (not $x190)))))
(assert
 (let ((?x460 (* 1.0 exp!1)))
 (let ((?x116 (+ 1.0 ?x460)))
 (let (($x190 (= 0.0 ?x116)))
 (not $x190)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x344 (+ 1.0 ?x86)))
 (let (($x469 (= 0.0 ?x344)))
 (let (($x248 (not $x469)))
 (let ((?x460 (* 1.0 exp!1)))
 (let ((?x116 (+ 1.0 ?x460)))
 (let (($x343 (< 0.0 ?x116)))
 (not (and $x343 $x248))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 3 of 5
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(assert
 (let ((?x27 (- logits)))
 (= 0.0 ?x27)))
(assert
 (= 0.0 logits))
(assert
 (let ((?x460 (* 1.0 exp!1)))
 (let ((?x116 (+ 1.0 ?x460)))
 (< 0.0 ?x116))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x344 (+ 1.0 ?x86)))
 (< 0.0 ?x344))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x344 (+ 1.0 ?x86)))
 (let (($x469 (= 0.0 ?x344)))
 (not $x469)))))
(assert
 (let ((?x460 (* 1.0 exp!1)))
 (let ((?x116 (+ 1.0 ?x460)))
 (let (($x190 (= 0.0 ?x116)))
 (not $x190)))))
(assert
 (let ((?x460 (* 1.0 exp!1)))
 (let ((?x116 (+ 1.0 ?x460)))
 (let (($x190 (= 0.0 ?x116)))
 (not $x190)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x344 (+ 1.0 ?x86)))
 (let (($x469 (= 0.0 ?x344)))
 (not $x469)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x344 (+ 1.0 ?x86)))
 (< 0.0 ?x344))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x344 (+ 1.0 ?x86)))
 (let (($x469 (= 0.0 ?x344)))
 (not $x469)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x344 (+ 1.0 ?x86)))
 (let (($x469 (= 0.0 ?x344)))
 (not $x469)))))
(assert
 (let ((?x460 (* 1.0 exp!1)))
 (let ((?x116 (+ 1.0 ?x460)))
 (< 0.0 ?x116))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x344 (+ 1.0 ?x86)))
 (< 0.0 ?x344))))
(assert
 (let ((?x460 (* 1.0 exp!1)))
 (let ((?x116 (+ 1.0 ?x460)))
 (let (($x190 (= 0.0 ?x116)))
 (not $x190)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x344 (+ 1.0 ?x86)))
 (let (($x469 (= 0.0 ?x344)))
 (not $x469)))))
(assert
 (let ((?x460 (* 1.0 exp!1)))
 (let ((?x116 (+ 1.0 ?x460)))
 (let (($x190 (= 0.0 ?x116)))
 (not $x190)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x344 (+ 1.0 ?x86)))
 (let (($x469 (= 0.0 ?x344)))
 (not $x469)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x344 (+ 1.0 ?x86)))
 (let (($x469 (= 0.0 ?x344)))
 (let (($x248 (not $x469)))
 (let (($x87 (< 0.0 ?x344)))
 (let ((?x460 (* 1.0 exp!1)))
 (let ((?x116 (+ 1.0 ?x460)))
 (let (($x343 (< 0.0 ?x116)))
 (not (and $x343 $x87 $x248)))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 4 of 5
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(assert
 (let ((?x27 (- logits)))
 (> 0.0 ?x27)))
(assert
 (= 0.0 logits))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x344 (+ 1.0 ?x86)))
 (< 0.0 ?x344))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x344 (+ 1.0 ?x86)))
 (let (($x469 (= 0.0 ?x344)))
 (not $x469)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x344 (+ 1.0 ?x86)))
 (let (($x469 (= 0.0 ?x344)))
 (not $x469)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x344 (+ 1.0 ?x86)))
 (let (($x469 (= 0.0 ?x344)))
 (let (($x248 (not $x469)))
 (let (($x87 (< 0.0 ?x344)))
 (not (and $x87 $x248))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 5 of 5
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(assert
 (let ((?x27 (- logits)))
 (> 0.0 ?x27)))
(assert
 (< 0.0 logits))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x344 (+ 1.0 ?x86)))
 (< 0.0 ?x344))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x344 (+ 1.0 ?x86)))
 (let (($x469 (= 0.0 ?x344)))
 (not $x469)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x344 (+ 1.0 ?x86)))
 (let (($x469 (= 0.0 ?x344)))
 (not $x469)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x344 (+ 1.0 ?x86)))
 (let (($x469 (= 0.0 ?x344)))
 (let (($x248 (not $x469)))
 (let (($x87 (< 0.0 ?x344)))
 (not (and $x87 $x248))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
