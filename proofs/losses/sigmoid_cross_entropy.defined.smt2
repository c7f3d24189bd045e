; certjax: rule losses.sigmoid_cross_entropy, obligation 'defined', verdict proved
; 3 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 3
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(assert
 (let ((?x28 (- logits)))
 (< 0.0 ?x28)))
(assert
 (> 0.0 logits))
(assert
 (let ((?x283 (* 1.0 exp!1)))
 (let ((?x126 (+ 1.0 ?x283)))
 (< 0.0 ?x126))))
(assert
 (let ((?x283 (* 1.0 exp!1)))
 (let ((?x126 (+ 1.0 ?x283)))
 (let (($x331 (= 0.0 ?x126)))
 (not $x331)))))
(assert
 (let ((?x283 (* 1.0 exp!1)))
 (let ((?x126 (+ 1.0 ?x283)))
 (let (($x331 (= 0.0 ?x126)))
 (not $x331)))))
(assert
 (let ((?x330 (/ 1.0 exp!1)))
 (let ((?x87 (+ 1.0 ?x330)))
 (let (($x136 (= 0.0 ?x87)))
 (let (($x132 (not $x136)))
 (let ((?x283 (* 1.0 exp!1)))
 (let ((?x126 (+ 1.0 ?x283)))
 (let (($x333 (< 0.0 ?x126)))
 (not (and $x333 $x132))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 2 of 3
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(assert
 (let ((?x28 (- logits)))
 (= 0.0 ?x28)))
(assert
 (= 0.0 logits))
(assert
 (let ((?x283 (* 1.0 exp!1)))
 (let ((?x126 (+ 1.0 ?x283)))
 (< 0.0 ?x126))))
(assert
 (let ((?x330 (/ 1.0 exp!1)))
 (let ((?x87 (+ 1.0 ?x330)))
 (< 0.0 ?x87))))
(assert
 (let ((?x283 (* 1.0 exp!1)))
 (let ((?x126 (+ 1.0 ?x283)))
 (let (($x331 (= 0.0 ?x126)))
 (not $x331)))))
(assert
 (let ((?x330 (/ 1.0 exp!1)))
 (let ((?x87 (+ 1.0 ?x330)))
 (let (($x136 (= 0.0 ?x87)))
 (not $x136)))))
(assert
 (let ((?x283 (* 1.0 exp!1)))
 (let ((?x126 (+ 1.0 ?x283)))
 (let (($x331 (= 0.0 ?x126)))
 (not $x331)))))
(assert
 (let ((?x330 (/ 1.0 exp!1)))
 (let ((?x87 (+ 1.0 ?x330)))
 (let (($x136 (= 0.0 ?x87)))
 (not $x136)))))
(assert
 (let ((?x330 (/ 1.0 exp!1)))
 (let ((?x87 (+ 1.0 ?x330)))
 (< 0.0 ?x87))))
(assert
 (let ((?x330 (/ 1.0 exp!1)))
 (let ((?x87 (+ 1.0 ?x330)))
 (let (($x136 (= 0.0 ?x87)))
 (not $x136)))))
(assert
 (let ((?x330 (/ 1.0 exp!1)))
 (let ((?x87 (+ 1.0 ?x330)))
 (let (($x136 (= 0.0 ?x87)))
 (not $x136)))))
(assert
 (let ((?x283 (* 1.0 exp!1)))
 (let ((?x126 (+ 1.0 ?x283)))
 (< 0.0 ?x126))))
(assert
 (let ((?x330 (/ 1.0 exp!1)))
 (let ((?x87 (+ 1.0 ?x330)))
 (< 0.0 ?x87))))
(assert
 (let ((?x283 (* 1.0 exp!1)))
 (let ((?x126 (+ 1.0 ?x283)))
 (let (($x331 (= 0.0 ?x126)))
 (not $x331)))))
(assert
 (let ((?x330 (/ 1.0 exp!1)))
 (let ((?x87 (+ 1.0 ?x330)))
 (let (($x136 (= 0.0 ?x87)))
 (not $x136)))))
(assert
 (let ((?x283 (* 1.0 exp!1)))
 (let ((?x126 (+ 1.0 ?x283)))
 (let (($x331 (= 0.0 ?x126)))
 (not $x331)))))
(assert
 (let ((?x330 (/ 1.0 exp!1)))
 (let ((?x87 (+ 1.0 ?x330)))
 (let (($x136 (= 0.0 ?x87)))
 (not $x136)))))
(assert
 (let ((?x330 (/ 1.0 exp!1)))
 (let ((?x87 (+ 1.0 ?x330)))
 (let (($x136 (= 0.0 ?x87)))
 (let (($x132 (not $x136)))
 (let (($x30 (< 0.0 ?x87)))
 (let ((?x283 (* 1.0 exp!1)))
 (let ((?x126 (+ 1.0 ?x283)))
 (let (($x333 (< 0.0 ?x126)))
 (not (and $x333 $x30 $x132)))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 3 of 3
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(assert
 (let ((?x28 (- logits)))
 (> 0.0 ?x28)))
(assert
 (< 0.0 logits))
(assert
 (let ((?x330 (/ 1.0 exp!1)))
 (let ((?x87 (+ 1.0 ?x330)))
 (< 0.0 ?x87))))
(assert
 (let ((?x330 (/ 1.0 exp!1)))
 (let ((?x87 (+ 1.0 ?x330)))
 (let (($x136 (= 0.0 ?x87)))
 (not $x136)))))
(assert
 (let ((?x330 (/ 1.0 exp!1)))
 (let ((?x87 (+ 1.0 ?x330)))
 (let (($x136 (= 0.0 ?x87)))
 (not $x136)))))
(assert
 (let ((?x330 (/ 1.0 exp!1)))
 (let ((?x87 (+ 1.0 ?x330)))
 (let (($x136 (= 0.0 ?x87)))
 (let (($x132 (not $x136)))
 (let (($x30 (< 0.0 ?x87)))
 (not (and $x30 $x132))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
