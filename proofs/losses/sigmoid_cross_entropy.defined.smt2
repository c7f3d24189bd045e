; certjax: rule losses.sigmoid_cross_entropy, obligation 'defined', verdict proved
; 5 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 5
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(assert
 (let ((?x80 (- logits)))
 (< 0.0 ?x80)))
(assert
 (= 0.0 logits))
(assert
 (let ((?x489 (* 1.0 exp!1)))
 (let ((?x498 (+ 1.0 ?x489)))
 (< 0.0 ?x498))))
(assert
 (let ((?x71 (/ 1.0 exp!1)))
 (let ((?x261 (+ 1.0 ?x71)))
 (< 0.0 ?x261))))
(assert
 (let ((?x489 (* 1.0 exp!1)))
 (let ((?x498 (+ 1.0 ?x489)))
 (let (($x171 (= 0.0 ?x498)))
 (not $x171)))))
(assert
 (let ((?x71 (/ 1.0 exp!1)))
 (let ((?x261 (+ 1.0 ?x71)))
 (let (($x508 (= 0.0 ?x261)))
 (not $x508)))))
(assert
 (let ((?x489 (* 1.0 exp!1)))
 (let ((?x498 (+ 1.0 ?x489)))
 (let (($x171 (= 0.0 ?x498)))
 (not $x171)))))
(assert
 (let ((?x71 (/ 1.0 exp!1)))
 (let ((?x261 (+ 1.0 ?x71)))
 (let (($x508 (= 0.0 ?x261)))
 (not $x508)))))
(assert
 (let ((?x71 (/ 1.0 exp!1)))
 (let ((?x261 (+ 1.0 ?x71)))
 (let (($x508 (= 0.0 ?x261)))
 (let (($x167 (not $x508)))
 (let (($x72 (< 0.0 ?x261)))
 (let ((?x489 (* 1.0 exp!1)))
 (let ((?x498 (+ 1.0 ?x489)))
 (let (($x204 (< 0.0 ?x498)))
 (not (and $x204 $x72 $x167)))))))))))
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
 (let ((?x80 (- logits)))
 (< 0.0 ?x80)))
(assert
 (> 0.0 logits))
(assert
 (let ((?x489 (* 1.0 exp!1)))
 (let ((?x498 (+ 1.0 ?x489)))
 (< 0.0 ?x498))))
(assert
 (let ((?x489 (* 1.0 exp!1)))
 (let ((?x498 (+ 1.0 ?x489)))
 (let (($x171 (= 0.0 ?x498)))
 (not $x171)))))
(assert
 (let ((?x489 (* 1.0 exp!1)))
 (let ((?x498 (+ 1.0 ?x489)))
 (let (($x171 (= 0.0 ?x498)))
 (not $x171)))))
(assert
 (let ((?x71 (/ 1.0 exp!1)))
 (let ((?x261 (+ 1.0 ?x71)))
 (let (($x508 (= 0.0 ?x261)))
 (let (($x167 (not $x508)))
 (let ((?x489 (* 1.0 exp!1)))
 (let ((?x498 (+ 1.0 ?x489)))
 (let (($x204 (< 0.0 ?x498)))
 (not (and $x204 $x167))))))))))
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
 (let ((?x80 (- logits)))
 (= 0.0 ?x80)))
(assert
 (= 0.0 logits))
(assert
 (let ((?x489 (* 1.0 exp!1)))
 (let ((?x498 (+ 1.0 ?x489)))
 (< 0.0 ?x498))))
(assert
 (let ((?x71 (/ 1.0 exp!1)))
 (let ((?x261 (+ 1.0 ?x71)))
 (< 0.0 ?x261))))
(assert
 (let ((?x71 (/ 1.0 exp!1)))
 (let ((?x261 (+ 1.0 ?x71)))
 (let (($x508 (= 0.0 ?x261)))
 (not $x508)))))
(assert
 (let ((?x489 (* 1.0 exp!1)))
 (let ((?x498 (+ 1.0 ?x489)))
 (let (($x171 (= 0.0 ?x498)))
 (not $x171)))))
(assert
 (let ((?x489 (* 1.0 exp!1)))
 (let ((?x498 (+ 1.0 ?x489)))
 (let (($x171 (= 0.0 ?x498)))
 (not $x171)))))
(assert
 (let ((?x71 (/ 1.0 exp!1)))
 (let ((?x261 (+ 1.0 ?x71)))
 (let (($x508 (= 0.0 ?x261)))
 (not $x508)))))
(assert
 (let ((?x71 (/ 1.0 exp!1)))
 (let ((?x261 (+ 1.0 ?x71)))
 (< 0.0 ?x261))))
(assert
 (let ((?x71 (/ 1.0 exp!1)))
 (let ((?x261 (+ 1.0 ?x71)))
 (let (($x508 (= 0.0 ?x261)))
 (not $x508)))))
(assert
 (let ((?x71 (/ 1.0 exp!1)))
 (let ((?x261 (+ 1.0 ?x71)))
 (let (($x508 (= 0.0 ?x261)))
 (not $x508)))))
(assert
 (let ((?x489 (* 1.0 exp!1)))
 (let ((?x498 (+ 1.0 ?x489)))
 (< 0.0 ?x498))))
(assert
 (let ((?x71 (/ 1.0 exp!1)))
 (let ((?x261 (+ 1.0 ?x71)))
 (< 0.0 ?x261))))
(assert
 (let ((?x489 (* 1.0 exp!1)))
 (let ((?x498 (+ 1.0 ?x489)))
 (let (($x171 (= 0.0 ?x498)))
 (not $x171)))))
(assert
 (let ((?x71 (/ 1.0 exp!1)))
 (let ((?x261 (+ 1.0 ?x71)))
 (let (($x508 (= 0.0 ?x261)))
 (not $x508)))))
(assert
 (let ((?x489 (* 1.0 exp!1)))
 (let ((?x498 (+ 1.0 ?x489)))
 (let (($x171 (= 0.0 ?x498)))
 (not $x171)))))
(assert
 (let ((?x71 (/ 1.0 exp!1)))
 (let ((?x261 (+ 1.0 ?x71)))
 (let (($x508 (= 0.0 ?x261)))
 (not $x508)))))
(assert
 (let ((?x71 (/ 1.0 exp!1)))
 (let ((?x261 (+ 1.0 ?x71)))
 (let (($x508 (= 0.0 ?x261)))
 (let (($x167 (not $x508)))
 (let (($x72 (< 0.0 ?x261)))
 (let ((?x489 (* 1.0 exp!1)))
 (let ((?x498 (+ 1.0 ?x489)))
 (let (($x204 (< 0.0 ?x498)))
 (not (and $x204 $x72 $x167)))))))))))
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
 (let ((?x80 (- logits)))
 (> 0.0 ?x80)))
(assert
 (= 0.0 logits))
(assert
 (let ((?x71 (/ 1.0 exp!1)))
 (let ((?x261 (+ 1.0 ?x71)))
 (< 0.0 ?x261))))
(assert
 (let ((?x71 (/ 1.0 exp!1)))
 (let ((?x261 (+ 1.0 ?x71)))
 (let (($x508 (= 0.0 ?x261)))
 (not $x508)))))
(assert
 (let ((?x71 (/ 1.0 exp!1)))
 (let ((?x261 (+ 1.0 ?x71)))
 (let (($x508 (= 0.0 ?x261)))
 (not $x508)))))
(assert
 (let ((?x71 (/ 1.0 exp!1)))
 (let ((?x261 (+ 1.0 ?x71)))
 (let (($x508 (= 0.0 ?x261)))
 (let (($x167 (not $x508)))
 (let (($x72 (< 0.0 ?x261)))
 (not (and $x72 $x167))))))))
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
 (let ((?x80 (- logits)))
 (> 0.0 ?x80)))
(assert
 (< 0.0 logits))
(assert
 (let ((?x71 (/ 1.0 exp!1)))
 (let ((?x261 (+ 1.0 ?x71)))
 (< 0.0 ?x261))))
(assert
 (let ((?x71 (/ 1.0 exp!1)))
 (let ((?x261 (+ 1.0 ?x71)))
 (let (($x508 (= 0.0 ?x261)))
 (not $x508)))))
(assert
 (let ((?x71 (/ 1.0 exp!1)))
 (let ((?x261 (+ 1.0 ?x71)))
 (let (($x508 (= 0.0 ?x261)))
 (not $x508)))))
(assert
 (let ((?x71 (/ 1.0 exp!1)))
 (let ((?x261 (+ 1.0 ?x71)))
 (let (($x508 (= 0.0 ?x261)))
 (let (($x167 (not $x508)))
 (let (($x72 (< 0.0 ?x261)))
 (not (and $x72 $x167))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
