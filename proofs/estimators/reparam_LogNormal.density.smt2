; certjax: rule estimators.reparam_LogNormal, obligation 'density', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun scale () Real)
(declare-fun pi! () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!5 () Real)
(declare-fun log!16 () Real)
(declare-fun log!20 () Real)
(declare-fun loc () Real)
(assert
 (let (($x9 (< 0.0 z)))
 (let (($x7 (< 0.0 scale)))
 (and $x7 $x9))))
(assert
 (< 0.0 z))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x19 (* 2.0 pi!)))
 (< 0.0 ?x19)))
(assert
 (let (($x23 (= 0.0 z)))
 (not $x23)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (< 0.0 z))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x19 (* 2.0 pi!)))
 (< 0.0 ?x19)))
(assert
 (< 0.0 scale))
(assert
 (let (($x23 (= 0.0 z)))
 (not $x23)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x123 (/ 1.0 z)))
 (let ((?x124 (/ ?x123 scale)))
 (let ((?x120 (/ (/ 1.0 exp!4) exp!2)))
 (let ((?x125 (* ?x120 ?x124)))
 (let ((?x122 (/ (/ ?x120 exp!3) exp!1)))
 (or (and (distinct ?x122 ?x125) true))))))))
(assert
 (< (/ 314159265358979.0 100000000000000.0) pi!))
(assert
 (> (/ 15707963267949.0 5000000000000.0) pi!))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!5 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!5)))
(assert
 (let (($x35 (= exp!1 z)))
 (=> (> z 0.0) $x35)))
(assert
 (= (< (/ log!16 2.0) log!5) (< exp!2 exp!1)))
(assert
 (= (< log!5 (/ log!16 2.0)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ log!16 2.0) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ log!16 2.0))))
(assert
 (=> (> (* 2.0 pi!) 0.0) (= (* exp!2 exp!2) (* 2.0 pi!))))
(assert
 (= (< log!20 log!5) (< exp!3 exp!1)))
(assert
 (= (< log!5 log!20) (< exp!1 exp!3)))
(assert
 (= (< log!20 (/ log!16 2.0)) (< exp!3 exp!2)))
(assert
 (= (< (/ log!16 2.0) log!20) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!20 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!20)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (let ((?x24 (- loc)))
 (let ((?x37 (+ log!5 ?x24)))
 (let ((?x38 (/ ?x37 scale)))
 (let ((?x93 (/ (* ?x38 ?x38) 2.0)))
 (= (< ?x93 log!5) (< exp!4 exp!1)))))))
(assert
 (let ((?x24 (- loc)))
 (let ((?x37 (+ log!5 ?x24)))
 (let ((?x38 (/ ?x37 scale)))
 (let ((?x93 (/ (* ?x38 ?x38) 2.0)))
 (= (< log!5 ?x93) (< exp!1 exp!4)))))))
(assert
 (let ((?x44 (/ log!16 2.0)))
 (let ((?x24 (- loc)))
 (let ((?x37 (+ log!5 ?x24)))
 (let ((?x38 (/ ?x37 scale)))
 (let ((?x93 (/ (* ?x38 ?x38) 2.0)))
 (= (< ?x93 ?x44) (< exp!4 exp!2))))))))
(assert
 (let ((?x24 (- loc)))
 (let ((?x37 (+ log!5 ?x24)))
 (let ((?x38 (/ ?x37 scale)))
 (let ((?x93 (/ (* ?x38 ?x38) 2.0)))
 (let ((?x44 (/ log!16 2.0)))
 (= (< ?x44 ?x93) (< exp!2 exp!4))))))))
(assert
 (let ((?x24 (- loc)))
 (let ((?x37 (+ log!5 ?x24)))
 (let ((?x38 (/ ?x37 scale)))
 (let ((?x93 (/ (* ?x38 ?x38) 2.0)))
 (= (< ?x93 log!20) (< exp!4 exp!3)))))))
(assert
 (let ((?x24 (- loc)))
 (let ((?x37 (+ log!5 ?x24)))
 (let ((?x38 (/ ?x37 scale)))
 (let ((?x93 (/ (* ?x38 ?x38) 2.0)))
 (= (< log!20 ?x93) (< exp!3 exp!4)))))))
(assert
 (> exp!4 0.0))
(assert
 (let ((?x24 (- loc)))
 (let ((?x37 (+ log!5 ?x24)))
 (let ((?x38 (/ ?x37 scale)))
 (let ((?x93 (/ (* ?x38 ?x38) 2.0)))
 (= (> ?x93 0.0) (> exp!4 1.0)))))))
(assert
 (let ((?x24 (- loc)))
(let ((?x37 (+ log!5 ?x24)))
(let ((?x38 (/ ?x37 scale)))
(let ((?x93 (/ (* ?x38 ?x38) 2.0)))
(>= exp!4 (+ 1.0 ?x93)))))))
(check-sat)
(pop 1)
