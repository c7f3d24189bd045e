; certjax: rule estimators.reparam_LogNormal, obligation 'density', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun scale () Real)
(declare-fun pi! () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!2 () Real)
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
 (let ((?x200 (/ 1.0 z)))
 (let ((?x201 (/ ?x200 scale)))
 (let ((?x203 (/ (/ (/ 1.0 exp!2) exp!4) exp!5)))
 (let ((?x204 (* ?x203 exp!6)))
 (let ((?x205 (* ?x204 ?x201)))
 (let ((?x199 (* (/ (/ (/ (/ (/ 1.0 exp!2) exp!3) exp!1) exp!4) exp!5) exp!6)))
 (or (and (distinct ?x199 ?x205) true)))))))))
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
 (= (< (/ (/ (* log!5 log!5) (* scale scale)) 2.0) log!5) (< exp!4 exp!1)))
(assert
 (= (< log!5 (/ (/ (* log!5 log!5) (* scale scale)) 2.0)) (< exp!1 exp!4)))
(assert
 (let ((?x44 (/ log!16 2.0)))
 (let ((?x95 (* scale scale)))
 (let ((?x97 (/ (* log!5 log!5) ?x95)))
 (let ((?x98 (/ ?x97 2.0)))
 (= (< ?x98 ?x44) (< exp!4 exp!2)))))))
(assert
 (let ((?x95 (* scale scale)))
 (let ((?x97 (/ (* log!5 log!5) ?x95)))
 (let ((?x98 (/ ?x97 2.0)))
 (let ((?x44 (/ log!16 2.0)))
 (= (< ?x44 ?x98) (< exp!2 exp!4)))))))
(assert
 (= (< (/ (/ (* log!5 log!5) (* scale scale)) 2.0) log!20) (< exp!4 exp!3)))
(assert
 (= (< log!20 (/ (/ (* log!5 log!5) (* scale scale)) 2.0)) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> (/ (/ (* log!5 log!5) (* scale scale)) 2.0) 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 (/ (/ (* log!5 log!5) (* scale scale)) 2.0))))
(assert
 (= (< (/ (/ (* loc loc) (* scale scale)) 2.0) log!5) (< exp!5 exp!1)))
(assert
 (= (< log!5 (/ (/ (* loc loc) (* scale scale)) 2.0)) (< exp!1 exp!5)))
(assert
 (let ((?x44 (/ log!16 2.0)))
 (let ((?x95 (* scale scale)))
 (let ((?x126 (/ (* loc loc) ?x95)))
 (let ((?x127 (/ ?x126 2.0)))
 (= (< ?x127 ?x44) (< exp!5 exp!2)))))))
(assert
 (let ((?x95 (* scale scale)))
 (let ((?x126 (/ (* loc loc) ?x95)))
 (let ((?x127 (/ ?x126 2.0)))
 (let ((?x44 (/ log!16 2.0)))
 (= (< ?x44 ?x127) (< exp!2 exp!5)))))))
(assert
 (= (< (/ (/ (* loc loc) (* scale scale)) 2.0) log!20) (< exp!5 exp!3)))
(assert
 (= (< log!20 (/ (/ (* loc loc) (* scale scale)) 2.0)) (< exp!3 exp!5)))
(assert
 (let ((?x95 (* scale scale)))
 (let ((?x97 (/ (* log!5 log!5) ?x95)))
 (let ((?x98 (/ ?x97 2.0)))
 (let ((?x126 (/ (* loc loc) ?x95)))
 (let ((?x127 (/ ?x126 2.0)))
 (= (< ?x127 ?x98) (< exp!5 exp!4))))))))
(assert
 (let ((?x95 (* scale scale)))
 (let ((?x126 (/ (* loc loc) ?x95)))
 (let ((?x127 (/ ?x126 2.0)))
 (let ((?x97 (/ (* log!5 log!5) ?x95)))
 (let ((?x98 (/ ?x97 2.0)))
 (= (< ?x98 ?x127) (< exp!4 exp!5))))))))
(assert
 (> exp!5 0.0))
(assert
 (= (> (/ (/ (* loc loc) (* scale scale)) 2.0) 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 (/ (/ (* loc loc) (* scale scale)) 2.0))))
(assert
 (= (< (/ (* loc log!5) (* scale scale)) log!5) (< exp!6 exp!1)))
(assert
 (= (< log!5 (/ (* loc log!5) (* scale scale))) (< exp!1 exp!6)))
(assert
 (= (< (/ (* loc log!5) (* scale scale)) (/ log!16 2.0)) (< exp!6 exp!2)))
(assert
 (= (< (/ log!16 2.0) (/ (* loc log!5) (* scale scale))) (< exp!2 exp!6)))
(assert
 (= (< (/ (* loc log!5) (* scale scale)) log!20) (< exp!6 exp!3)))
(assert
 (= (< log!20 (/ (* loc log!5) (* scale scale))) (< exp!3 exp!6)))
(assert
 (let ((?x95 (* scale scale)))
 (let ((?x97 (/ (* log!5 log!5) ?x95)))
 (let ((?x98 (/ ?x97 2.0)))
 (let ((?x161 (/ (* loc log!5) ?x95)))
 (= (< ?x161 ?x98) (< exp!6 exp!4)))))))
(assert
 (let ((?x95 (* scale scale)))
 (let ((?x161 (/ (* loc log!5) ?x95)))
 (let ((?x97 (/ (* log!5 log!5) ?x95)))
 (let ((?x98 (/ ?x97 2.0)))
 (= (< ?x98 ?x161) (< exp!4 exp!6)))))))
(assert
 (let ((?x95 (* scale scale)))
 (let ((?x126 (/ (* loc loc) ?x95)))
 (let ((?x127 (/ ?x126 2.0)))
 (let ((?x161 (/ (* loc log!5) ?x95)))
 (= (< ?x161 ?x127) (< exp!6 exp!5)))))))
(assert
 (let ((?x95 (* scale scale)))
 (let ((?x161 (/ (* loc log!5) ?x95)))
 (let ((?x126 (/ (* loc loc) ?x95)))
 (let ((?x127 (/ ?x126 2.0)))
 (= (< ?x127 ?x161) (< exp!5 exp!6)))))))
(assert
 (> exp!6 0.0))
(assert
 (= (> (/ (* loc log!5) (* scale scale)) 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 (/ (* loc log!5) (* scale scale)))))
(check-sat)
(pop 1)
